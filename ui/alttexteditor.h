#pragma once

#include <QPlainTextEdit>

namespace vitrine {

class AltTextCounter;

// The inline alt text editor of the grid and the details list: a few lines of wrapped text, big
// enough to read a sentence back, with the live "n / limit" counter on a strip below the text,
// never over it. Alt text is one line: Enter applies it (submitted, or refused with the reason when
// the store would not take it), a line break pasted in becomes a space, Escape cancels (the item
// view's editing protocol).
class AltTextEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit AltTextEditor(QWidget *parent = nullptr);

    void setLimit(int limit); // 0: the store documents no limit
    int limit() const;
    QString text() const;
    void setText(const QString &text);
    bool isAcceptable() const;
    // Why the text cannot be applied; empty when it can.
    QString refusal() const;
    AltTextCounter *counter() const;

    // About forty characters wide, four lines of text high, plus the counter's strip.
    QSize sizeHint() const override;

Q_SIGNALS:
    // Enter with text the store accepts.
    void submitted();
    // Enter with text the store would refuse; the editor stays open with it.
    void refused(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void placeCounter();

    AltTextCounter *m_counter = nullptr;
};

} // namespace vitrine
