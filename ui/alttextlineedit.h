#pragma once

#include "core/validation.h"

#include <QLineEdit>

namespace vitrine {

// The inline alt text editor of the grid: a line edit that paints its own "n / limit" counter in
// its right margin (red when over the limit). It stays a QLineEdit so the item view's editing
// protocol (Enter, Escape, Tab, focus out) works on it directly.
class AltTextLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit AltTextLineEdit(QWidget *parent = nullptr);

    void setLimit(int limit);
    int limit() const;
    bool isAcceptable() const;
    // Why the text cannot be applied; empty when it can.
    QString refusal() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void revalidate();

    int m_limit = 0;
    ValidationResult m_result;
};

} // namespace vitrine
