#include "ui/alttexteditor.h"

#include "ui/alttextcounter.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QToolTip>

namespace vitrine {

namespace {
constexpr int kLines = 4;
constexpr int kCharacters = 40;
} // namespace

AltTextEditor::AltTextEditor(QWidget *parent)
    : QPlainTextEdit(parent) {
    setObjectName(QStringLiteral("inlineAltTextEditor"));
    setPlaceholderText(tr("Describe the image for people who cannot see it"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setAutoFillBackground(true);
    m_counter = new AltTextCounter(this);
    m_counter->setContentsMargins(4, 0, 6, 2);
    // The counter's strip lies outside the text's viewport: typing never runs under it.
    setViewportMargins(0, 0, 0, m_counter->sizeHint().height());
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        m_counter->evaluate(text());
        setToolTip(refusal());
    });
    m_counter->evaluate(QString());
}

void AltTextEditor::setLimit(int limit) {
    m_counter->setLimit(limit);
    setToolTip(refusal());
}

int AltTextEditor::limit() const {
    return m_counter->limit();
}

QString AltTextEditor::text() const {
    return toPlainText();
}

void AltTextEditor::setText(const QString &text) {
    setPlainText(text);
}

bool AltTextEditor::isAcceptable() const {
    return m_counter->isAcceptable();
}

QString AltTextEditor::refusal() const {
    return m_counter->result().message;
}

AltTextCounter *AltTextEditor::counter() const {
    return m_counter;
}

QSize AltTextEditor::sizeHint() const {
    const QFontMetrics fm(font());
    const int frame = 2 * frameWidth() + 2 * int(document()->documentMargin());
    return {fm.averageCharWidth() * kCharacters + frame,
            fm.lineSpacing() * kLines + frame + m_counter->sizeHint().height()};
}

void AltTextEditor::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // One line of text: Enter (with or without Shift) applies, it never breaks the line.
        if (isAcceptable()) {
            Q_EMIT submitted();
        } else {
            QToolTip::showText(mapToGlobal(QPoint(0, height())), refusal(), this);
            Q_EMIT refused(refusal());
        }
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void AltTextEditor::insertFromMimeData(const QMimeData *source) {
    if (!source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    // Pasted paragraphs become one line; the store would refuse a line break.
    QString pasted = source->text();
    pasted.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    pasted.replace(QLatin1Char('\n'), QLatin1Char(' '));
    pasted.replace(QLatin1Char('\r'), QLatin1Char(' '));
    insertPlainText(pasted);
}

void AltTextEditor::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    placeCounter();
}

void AltTextEditor::placeCounter() {
    const QRect inside = contentsRect();
    const int height = m_counter->sizeHint().height();
    m_counter->setGeometry(inside.left(), inside.bottom() + 1 - height, inside.width(), height);
}

} // namespace vitrine
