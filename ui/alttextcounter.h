#pragma once

#include "core/validation.h"

#include <QLabel>

namespace vitrine {

// The live "n / limit" counter shown under every alt text editor. It counts as the stores are
// checked (core/validation.h: NFC, UTF-16 units), turns amber near the limit and red over it, and
// keeps the validation result so the editor can refuse with the reason.
class AltTextCounter : public QLabel {
    Q_OBJECT
public:
    enum class Level { Normal, NearLimit, Refused };
    Q_ENUM(Level)

    explicit AltTextCounter(QWidget *parent = nullptr);

    void setLimit(int limit); // 0: the store documents no limit
    int limit() const;
    // Recounts for text and repaints; emits acceptableChanged when the verdict flips.
    void evaluate(const QString &text);

    bool isAcceptable() const;
    const ValidationResult &result() const;
    Level level() const;

    // Shared with the inline editor, which paints the counter itself.
    static QString counterText(int length, int limit);
    static Level levelFor(int length, int limit, bool acceptable);
    static QColor colorFor(Level level, const QPalette &palette);

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

private:
    int m_limit = 0;
    QString m_text;
    ValidationResult m_result;
    Level m_level = Level::Normal;
};

} // namespace vitrine
