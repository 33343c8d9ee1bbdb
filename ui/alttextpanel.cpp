#include "ui/alttextpanel.h"

#include "core/validation.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/alttextcounter.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/thumbnailcache.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitrine {

namespace {
constexpr int kPreviewThumb = 56;
constexpr int kPreviewMax = 4;
} // namespace

AltTextPanel::AltTextPanel(ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_thumbnails(thumbnails) {
    setObjectName(QStringLiteral("altTextPanel"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("altPanelTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("altPanelPreview"));
    m_preview->setMinimumHeight(kPreviewThumb);
    // Neither the strip of thumbnails nor the texts may widen the dock as the selection changes:
    // the grid beside it would shift. They take the width the dock has.
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("altTextEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Alt text"));
    m_editor->setMinimumHeight(72);
    m_editor->setMaximumHeight(160); // alt text is a sentence or two, not a document
    m_editor->installEventFilter(this);
    m_counter = new AltTextCounter;
    m_limitNote = new QLabel;
    m_limitNote->setObjectName(QStringLiteral("altLimitNote"));
    m_limitNote->setWordWrap(true);
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("altProblem"));
    m_problemLabel->setWordWrap(true);
    // Wrapped texts, too, take the width the dock has: a long note (a store without a documented
    // limit says so in a sentence) asked for a wider panel, and the dock grew on the first
    // selection, shifting the grid beside it.
    for (QLabel *text : {m_title, m_limitNote, m_problemLabel}) {
        QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        text->setSizePolicy(policy);
    }
    m_apply = new QPushButton(Icons::get(Icons::Id::AltText), tr("Appl&y"));
    m_apply->setObjectName(QStringLiteral("applyAltText"));
    m_apply->setToolTip(tr("Stage this alt text (Enter). Undo takes it back."));
    m_revert = new QPushButton(tr("Rever&t"));
    m_revert->setObjectName(QStringLiteral("revertAltText"));

    auto *counterRow = new QHBoxLayout;
    counterRow->addWidget(m_limitNote, 1);
    counterRow->addWidget(m_counter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_preview);
    layout->addWidget(m_editor);
    layout->addLayout(counterRow);
    layout->addWidget(m_problemLabel);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_editor, &QPlainTextEdit::textChanged, this, &AltTextPanel::revalidate);
    connect(m_apply, &QPushButton::clicked, this, &AltTextPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &AltTextPanel::revert);
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this,
                &AltTextPanel::thumbnailArrived);
        connect(m_thumbnails, &ThumbnailCache::thumbnailFailed, this,
                [this](const QUrl &url) { thumbnailArrived(url); });
    }
    reload();
}

void AltTextPanel::setEditSession(EditSession *session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &EditSession::capabilitiesChanged, this, &AltTextPanel::revalidate);
        connect(session, &EditSession::loaded, this, &AltTextPanel::reload);
    }
    reload();
}

void AltTextPanel::setSelectionModel(QItemSelectionModel *selection) {
    if (m_selection) {
        disconnect(m_selection, nullptr, this, nullptr);
        if (m_selection->model())
            disconnect(m_selection->model(), nullptr, this, nullptr);
    }
    m_selection = selection;
    if (selection) {
        connect(selection, &QItemSelectionModel::selectionChanged, this, &AltTextPanel::reload);
        if (const QAbstractItemModel *model = selection->model()) {
            // Undo, redo and the inline editor change alt texts under us: follow them, unless
            // the user is typing here.
            connect(model, &QAbstractItemModel::dataChanged, this, [this] {
                if (!isDirty())
                    reload();
                else
                    updatePreview();
            });
            connect(model, &QAbstractItemModel::modelReset, this, &AltTextPanel::reload);
            connect(model, &QAbstractItemModel::rowsMoved, this, &AltTextPanel::reload);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &AltTextPanel::reload);
        }
    }
    reload();
}

QList<int> AltTextPanel::rows() const {
    return m_rows;
}

QString AltTextPanel::text() const {
    return normalizedAltText(m_editor->toPlainText().trimmed());
}

QString AltTextPanel::problem() const {
    return m_problem;
}

bool AltTextPanel::canApply() const {
    return m_apply->isEnabled();
}

QPlainTextEdit *AltTextPanel::editor() const {
    return m_editor;
}

AltTextCounter *AltTextPanel::counter() const {
    return m_counter;
}

QPushButton *AltTextPanel::applyButton() const {
    return m_apply;
}

QString AltTextPanel::currentCommonAlt(bool *mixed) const {
    *mixed = false;
    if (!m_selection || !m_selection->model() || m_rows.isEmpty())
        return {};
    const QAbstractItemModel *model = m_selection->model();
    QString first = model->index(m_rows.constFirst(), 0).data(GalleryModel::AltTextRole).toString();
    for (const int row : m_rows) {
        if (model->index(row, 0).data(GalleryModel::AltTextRole).toString() != first) {
            *mixed = true;
            return {};
        }
    }
    return first;
}

void AltTextPanel::reload() {
    m_rows.clear();
    if (m_selection && m_selection->model()) {
        for (const QModelIndex &index : m_selection->selectedIndexes())
            if (!m_rows.contains(index.row()))
                m_rows << index.row();
        std::sort(m_rows.begin(), m_rows.end());
    }
    m_loadedText = currentCommonAlt(&m_mixed);
    const QSignalBlocker block(m_editor);
    m_editor->setPlainText(m_loadedText);
    m_editor->setEnabled(!m_rows.isEmpty() && m_session);
    if (m_rows.isEmpty())
        m_editor->setPlaceholderText(tr("Select one or more images to edit their alt text."));
    else if (m_mixed && m_rows.size() == 2)
        m_editor->setPlaceholderText(
            tr("These images have different alt texts. Type one to give it to both."));
    else if (m_mixed)
        m_editor->setPlaceholderText(
            tr("These images have different alt texts. Type one to give it to all %n.", nullptr,
               int(m_rows.size())));
    else
        m_editor->setPlaceholderText(
            tr("Describe what the image shows, e.g. “Grey three-seat sofa, front view”."));
    updatePreview();
    revalidate();
}

// Only the previewed images' thumbnails redraw the preview. A gallery that opens brings a screen
// of others, and a new strip for each would lay out the dock and repaint it every time.
void AltTextPanel::thumbnailArrived(const QUrl &url) {
    if (previewUrls().contains(url))
        updatePreview();
}

QList<QUrl> AltTextPanel::previewUrls() const {
    const QAbstractItemModel *model = m_selection ? m_selection->model() : nullptr;
    QList<QUrl> urls;
    for (int i = 0; model && i < qMin(int(m_rows.size()), kPreviewMax); ++i)
        urls << QUrl(model->index(m_rows.at(i), 0).data(GalleryModel::SourceUrlRole).toString());
    return urls;
}

void AltTextPanel::updatePreview() {
    const QList<QUrl> urls = previewUrls();
    if (urls.isEmpty()) {
        m_title->setText(tr("No image selected"));
        m_preview->clear();
        m_preview->setVisible(false);
        return;
    }
    const QAbstractItemModel *model = m_selection->model();
    const int total = model->rowCount();
    m_title->setText(m_rows.size() == 1
                         ? tr("Image %1 of %2").arg(m_rows.constFirst() + 1).arg(total)
                         : tr("%n image(s) selected", nullptr, int(m_rows.size())));
    // A strip of the first few thumbnails, so it is plain which images the text goes to.
    const int shown = int(urls.size());
    const qreal dpr = devicePixelRatioF();
    const int extraWidth = m_rows.size() > kPreviewMax ? 44 : 0;
    QPixmap strip(QSize(shown * (kPreviewThumb + 6) + extraWidth, kPreviewThumb) * dpr);
    strip.setDevicePixelRatio(dpr);
    strip.fill(Qt::transparent);
    QPainter painter(&strip);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < shown; ++i) {
        const QRect cell(i * (kPreviewThumb + 6), 0, kPreviewThumb, kPreviewThumb);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Theme::color(Theme::Role::ThumbnailBackground, palette()));
        painter.drawRoundedRect(cell, 4, 4);
        const QUrl &url = urls.at(i);
        const QPixmap pixmap = m_thumbnails ? m_thumbnails->thumbnail(url) : QPixmap();
        if (!pixmap.isNull()) {
            const QSize fitted =
                pixmap.deviceIndependentSize().toSize().scaled(cell.size(), Qt::KeepAspectRatio);
            QRect target(QPoint(0, 0), fitted);
            target.moveCenter(cell.center());
            painter.drawPixmap(target, pixmap);
        } else if (m_thumbnails && m_thumbnails->hasFailed(url)) {
            Icons::get(Icons::Id::BrokenImage).paint(&painter, cell.adjusted(12, 12, -12, -12));
        }
    }
    if (extraWidth > 0) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(shown * (kPreviewThumb + 6), 0, extraWidth, kPreviewThumb),
                         Qt::AlignCenter, QStringLiteral("+%1").arg(m_rows.size() - kPreviewMax));
    }
    painter.end();
    m_preview->setPixmap(strip);
    m_preview->setVisible(true);
}

void AltTextPanel::revalidate() {
    const int limit = m_session && !m_rows.isEmpty() ? m_session->altLimit(m_rows) : 0;
    m_counter->setLimit(limit);
    const QString typed = m_editor->toPlainText();
    m_counter->evaluate(typed.trimmed());
    if (m_rows.isEmpty() || !m_session) {
        // Not clear(): it lays the label out again even when it is already empty, and with it
        // the dock and the window, at every gallery that opens with nothing selected.
        m_limitNote->setText(QString());
    } else if (limit > 0) {
        const StoreCapabilities &caps = m_session->capabilities();
        const bool limitsDiffer = caps.altMaxOnCreate != caps.altMaxOnUpdate;
        m_limitNote->setText(limitsDiffer
                                 ? tr("This store allows %1 characters for new images and %2 for "
                                      "existing ones.")
                                       .arg(caps.altMaxOnCreate)
                                       .arg(caps.altMaxOnUpdate)
                                 : tr("This store allows %1 characters.").arg(limit));
    } else {
        m_limitNote->setText(tr("This store documents no length limit; keep it short and "
                                "specific."));
    }

    m_problem.clear();
    if (m_session && !m_rows.isEmpty())
        m_problem = m_session->altTextProblem(m_rows, text());
    const bool changed = isDirty();
    const bool ok = m_session && !m_rows.isEmpty() && m_problem.isEmpty();
    m_apply->setEnabled(ok && changed);
    m_apply->setToolTip(m_problem.isEmpty() ? tr("Stage this alt text (Enter). Undo takes it back.")
                                            : m_problem);
    m_revert->setEnabled(changed);
    QPalette palette = m_problemLabel->palette();
    palette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Failed, this->palette()));
    m_problemLabel->setPalette(palette);
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
}

bool AltTextPanel::isDirty() const {
    // Typed text that differs from what the images have (for a mixed selection: any text).
    const QString typed = m_editor->toPlainText().trimmed();
    return m_mixed ? !typed.isEmpty() : typed != m_loadedText.trimmed();
}

bool AltTextPanel::apply() {
    if (!m_session || m_rows.isEmpty() || !m_apply->isEnabled())
        return false;
    QString whyNot;
    if (!m_session->setAltText(m_rows, text(), &whyNot)) {
        m_problem = whyNot;
        m_problemLabel->setText(whyNot);
        m_problemLabel->setVisible(true);
        return false;
    }
    reload();
    return true;
}

void AltTextPanel::revert() {
    reload();
}

void AltTextPanel::focusEditor() {
    m_editor->setFocus(Qt::ShortcutFocusReason);
    m_editor->selectAll();
}

bool AltTextPanel::eventFilter(QObject *watched, QEvent *event) {
    // Alt text is one line: Enter applies (as in a line edit), Escape reverts.
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            apply();
            return true;
        }
        if (key->key() == Qt::Key_Escape && isDirty()) {
            revert();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vitrine
