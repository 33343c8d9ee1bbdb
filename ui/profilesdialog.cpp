#include "ui/profilesdialog.h"

#include "net/dialectfactory.h"
#include "net/storedialect.h"
#include "ui/icons.h"
#include "ui/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <array>

namespace vitrine {

namespace {

constexpr int kNameRole = Qt::UserRole;

struct DialectChoice {
    const char *name;
    const char *label;
    const char *urlExample;
};

// The built-in dialects in the order a merchant meets them, with the address each expects
// (the URL before the dialect's documented path, docs/net.md).
const auto kDialects = std::to_array<DialectChoice>({
    {"generic", QT_TRANSLATE_NOOP("vitrine::ProfilesDialog", "Generic REST"),
     "https://shop.example.com  (http://127.0.0.1:PORT for this computer)"},
    {"shopline", QT_TRANSLATE_NOOP("vitrine::ProfilesDialog", "SHOPLINE"),
     "https://HANDLE.myshopline.com"},
    {"shoplazza", QT_TRANSLATE_NOOP("vitrine::ProfilesDialog", "Shoplazza"),
     "https://SHOP.myshoplaza.com"},
    {"shopify", QT_TRANSLATE_NOOP("vitrine::ProfilesDialog", "Shopify"),
     "https://SHOP.myshopify.com"},
    {"custom", QT_TRANSLATE_NOOP("vitrine::ProfilesDialog", "Custom (described in a JSON file)"),
     "https://shop.example.com"},
});

const DialectChoice *choiceFor(const QString &dialect) {
    for (const DialectChoice &c : kDialects)
        if (dialect == QLatin1String(c.name))
            return &c;
    return nullptr;
}

// What each ordering means, in a line a merchant can act on.
QString orderingExplanation(OrderingSemantics o) {
    return o == OrderingSemantics::Absolute
               ? ProfilesDialog::tr("Each image keeps the position number it is sent; the store "
                                    "sorts by it.")
               : ProfilesDialog::tr("Moving an image to a position makes the store renumber the "
                                    "others after it.");
}

QString rateText(const RateLimit &r) {
    if (r.requestsPerSecond <= 0)
        return ProfilesDialog::tr("no documented limit");
    return ProfilesDialog::tr("%1 requests/s, burst %2")
        .arg(QLocale().toString(r.requestsPerSecond, 'g', 3))
        .arg(r.burst);
}

// Keeps a widget at least as high as its layout needs at the widget's width. A QSplitter asks its
// panes only for their minimum size, which word-wrapped texts give for one line: the form's rows
// were squashed to a few pixels to make room for the notes.
class MinimumHeightForWidth : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) {
            auto *widget = static_cast<QWidget *>(watched);
            const int needed =
                widget->layout() ? widget->layout()->totalHeightForWidth(widget->width()) : -1;
            if (needed > 0 && needed != widget->minimumHeight())
                widget->setMinimumHeight(needed);
        }
        return false;
    }
};

} // namespace

ProfilesDialog::ProfilesDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Stores"));
    // Only the width is fixed here: the height is what the form needs (see MinimumHeightForWidth).
    setMinimumWidth(760);
    m_confirmDelete = [this](const QString &name) {
        QMessageBox box(QMessageBox::Question, tr("Delete store profile"),
                        tr("Delete the store profile “%1”?").arg(name), QMessageBox::NoButton,
                        this);
        box.setInformativeText(tr("Its saved access token is removed too. Nothing changes on "
                                  "the store itself."));
        QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == del;
    };

    // Left: the saved profiles.
    auto *left = new QWidget;
    {
        auto *label = new QLabel(tr("Store &profiles:"));
        m_list = new QListWidget;
        m_list->setObjectName(QStringLiteral("profileList"));
        m_list->setAccessibleName(tr("Store profiles"));
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        label->setBuddy(m_list);
        m_add = new QPushButton(tr("&Add"));
        m_add->setObjectName(QStringLiteral("addProfileButton"));
        m_add->setToolTip(tr("Describe a new store"));
        m_duplicate = new QPushButton(tr("D&uplicate"));
        m_duplicate->setObjectName(QStringLiteral("duplicateProfileButton"));
        m_duplicate->setToolTip(tr("A new profile with the selected one's settings"));
        m_delete = new QPushButton(Icons::get(Icons::Id::Delete), tr("&Delete…"));
        m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
        m_delete->setToolTip(tr("Remove the selected profile and its saved token"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(m_duplicate);
        buttons->addWidget(m_delete);
        auto *layout = new QVBoxLayout(left);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(m_list, 1);
        layout->addLayout(buttons);
        connect(m_list, &QListWidget::currentItemChanged, this,
                &ProfilesDialog::onSelectionChanged);
        connect(m_list, &QListWidget::itemActivated, this, [this] {
            if (!isDirty())
                openSelected();
        });
        connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
        connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateSelected);
        connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteSelected);
    }

    // Right: the form, where the token goes, what is wrong, and the actions on the profile.
    auto *right = new QWidget;
    {
        m_problems = new QLabel;
        m_problems->setObjectName(QStringLiteral("profileProblems"));
        m_problems->setWordWrap(true);
        m_problems->setTextFormat(Qt::PlainText);
        QPalette warn = m_problems->palette();
        warn.setColor(QPalette::WindowText, Theme::color(Theme::Role::Failed, palette()));
        m_problems->setPalette(warn);

        m_test = new QPushButton(tr("&Test connection"));
        m_test->setObjectName(QStringLiteral("testConnectionButton"));
        m_test->setToolTip(tr("Ask the store with these settings whether it answers and "
                              "accepts the token"));
        m_testProgress = new QProgressBar;
        m_testProgress->setObjectName(QStringLiteral("testProgress"));
        m_testProgress->setRange(0, 0);
        m_testProgress->setTextVisible(false);
        m_testProgress->setMaximumWidth(120);
        m_testProgress->setVisible(false);
        m_testProgress->setAccessibleName(tr("Testing the connection"));
        m_testResult = new QLabel;
        m_testResult->setObjectName(QStringLiteral("testResult"));
        m_testResult->setWordWrap(true);
        m_testResult->setTextFormat(Qt::PlainText);
        m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *testRow = new QHBoxLayout;
        testRow->addWidget(m_test);
        testRow->addWidget(m_testProgress);
        testRow->addWidget(m_testResult, 1);

        m_revert = new QPushButton(tr("&Revert"));
        m_revert->setObjectName(QStringLiteral("revertProfileButton"));
        m_revert->setToolTip(tr("Forget the changes made in the form"));
        m_save = new QPushButton(tr("&Save"));
        m_save->setObjectName(QStringLiteral("saveProfileButton"));
        auto *saveRow = new QHBoxLayout;
        saveRow->addStretch();
        saveRow->addWidget(m_revert);
        saveRow->addWidget(m_save);

        auto *layout = new QVBoxLayout(right);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(buildForm());
        layout->addWidget(buildStorage());
        layout->addWidget(m_problems);
        layout->addStretch();
        layout->addLayout(testRow);
        layout->addLayout(saveRow);
        connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::test);
        connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
        connect(m_revert, &QPushButton::clicked, this, [this] {
            const QString name = !m_editedName.isEmpty() ? m_editedName
                                 : saved(m_currentName)  ? m_currentName
                                 : m_profiles.isEmpty()  ? QString()
                                                         : m_profiles.first().name;
            if (name.isEmpty())
                startNewProfile();
            else
                selectProfile(name);
        });
    }

    right->installEventFilter(new MinimumHeightForWidth(right));
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("profilesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_open->setIcon(Icons::get(Icons::Id::Store));
    m_open->setToolTip(tr("Edit this store's galleries in the window"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    // Open is wired by hand: AcceptRole would close the dialog even when nothing is opened.
    connect(m_open, &QPushButton::clicked, this, &ProfilesDialog::openSelected);
    connect(close, &QPushButton::clicked, this, &ProfilesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    startNewProfile();
}

ProfilesDialog::~ProfilesDialog() = default;

QWidget *ProfilesDialog::buildForm() {
    auto *box = new QGroupBox(tr("Profile"));
    auto *form = new QFormLayout(box);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("A name you recognise, e.g. “Main shop”"));
    form->addRow(tr("&Name:"), m_name);

    m_dialect = new QComboBox;
    m_dialect->setObjectName(QStringLiteral("profileDialect"));
    for (const DialectChoice &c : kDialects)
        m_dialect->addItem(tr(c.label), QString::fromLatin1(c.name));
    form->addRow(tr("Store t&ype:"), m_dialect);

    m_customFileRow = new QWidget;
    m_customFile = new QLineEdit;
    m_customFile->setObjectName(QStringLiteral("profileCustomFile"));
    m_customFile->setPlaceholderText(tr("Path of the dialect description (.json)"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browseCustomFileButton"));
    m_browse->setAccessibleName(tr("Choose the dialect description file"));
    auto *fileRow = new QHBoxLayout(m_customFileRow);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_customFile, 1);
    fileRow->addWidget(m_browse);
    m_customFileLabel = new QLabel(tr("Dialect f&ile:"));
    m_customFileLabel->setBuddy(m_customFile);
    form->addRow(m_customFileLabel, m_customFileRow);

    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("profileBaseUrl"));
    m_baseUrl->setToolTip(tr("The store's address before the API path, e.g. "
                             "https://HANDLE.myshopline.com"));
    form->addRow(tr("Store addr&ess:"), m_baseUrl);

    m_apiVersion = new QLineEdit;
    m_apiVersion->setObjectName(QStringLiteral("profileApiVersion"));
    m_apiVersion->setToolTip(tr("Leave empty for the version Vitrine was tested with"));
    form->addRow(tr("API &version:"), m_apiVersion);

    m_ordering = new QComboBox;
    m_ordering->setObjectName(QStringLiteral("profileOrdering"));
    m_ordering->addItem(tr("Store's default"), -1);
    m_ordering->addItem(tr("Absolute"), int(OrderingSemantics::Absolute));
    m_ordering->addItem(tr("Shift"), int(OrderingSemantics::Shift));
    m_ordering->setToolTip(tr("How the store orders images when one image's position is written. "
                              "Vitrine checks after publishing and repairs the order if the "
                              "store behaves otherwise."));
    m_orderingNote = new QLabel;
    m_orderingNote->setObjectName(QStringLiteral("profileOrderingNote"));
    m_orderingNote->setWordWrap(true);
    m_orderingNote->setTextFormat(Qt::PlainText);
    m_orderingNote->setForegroundRole(QPalette::PlaceholderText);
    // The word-wrapped notes are rows of their own under their field: a form gives a row the
    // height its width needs, a layout nested in a row does not, and squashed the field above.
    auto *orderingLabel = new QLabel(tr("&Ordering:"));
    orderingLabel->setBuddy(m_ordering);
    auto *orderingRow = new QHBoxLayout;
    orderingRow->addWidget(m_ordering);
    orderingRow->addStretch();
    form->addRow(orderingLabel, orderingRow);
    form->addRow(QString(), m_orderingNote);

    m_rateOverride = new QCheckBox(tr("&Limit to"));
    m_rateOverride->setObjectName(QStringLiteral("profileRateOverride"));
    m_rate = new QDoubleSpinBox;
    m_rate->setObjectName(QStringLiteral("profileRate"));
    m_rate->setRange(0.1, 1000);
    m_rate->setDecimals(1);
    m_rate->setValue(2);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_burst = new QSpinBox;
    m_burst->setObjectName(QStringLiteral("profileBurst"));
    m_burst->setRange(1, 1000);
    m_burst->setValue(1);
    m_burst->setPrefix(tr("burst "));
    m_burst->setAccessibleName(tr("Requests allowed at once"));
    m_rateDefault = new QLabel;
    m_rateDefault->setObjectName(QStringLiteral("profileRateDefault"));
    m_rateDefault->setWordWrap(true);
    m_rateDefault->setTextFormat(Qt::PlainText);
    m_rateDefault->setForegroundRole(QPalette::PlaceholderText);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rateOverride);
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_burst);
    rateRow->addStretch();
    form->addRow(tr("Rate limit:"), rateRow);
    form->addRow(QString(), m_rateDefault);

    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("profileTimeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long a request may wait without any answer from the store"));
    form->addRow(tr("Ti&meout:"), m_timeout);

    m_retries = new QSpinBox;
    m_retries->setObjectName(QStringLiteral("profileRetries"));
    m_retries->setRange(0, 20);
    m_retries->setToolTip(tr("How often a safe request is tried again after a temporary "
                             "failure"));
    form->addRow(tr("Retries:"), m_retries);

    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("profileToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_token->setToolTip(tr("The store's API access token. It is kept in the system keychain, "
                           "never in the settings file."));
    form->addRow(tr("Access to&ken:"), m_token);

    for (QLineEdit *edit : {m_name, m_customFile, m_baseUrl, m_apiVersion, m_token})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::onFormEdited);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ProfilesDialog::onDialectChanged);
    connect(m_ordering, &QComboBox::currentIndexChanged, this, [this] {
        updateOrderingNote();
        onFormEdited();
    });
    connect(m_rateOverride, &QCheckBox::toggled, this, &ProfilesDialog::onFormEdited);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &ProfilesDialog::onFormEdited);
    for (QSpinBox *spin : {m_burst, m_timeout, m_retries})
        connect(spin, &QSpinBox::valueChanged, this, &ProfilesDialog::onFormEdited);
    connect(m_browse, &QPushButton::clicked, this, &ProfilesDialog::chooseCustomFile);
    return box;
}

QWidget *ProfilesDialog::buildStorage() {
    auto *box = new QGroupBox(tr("Where the token is kept"));
    m_storageNote = new QLabel;
    m_storageNote->setObjectName(QStringLiteral("tokenStorageNote"));
    m_storageNote->setWordWrap(true);
    m_storageNote->setTextFormat(Qt::PlainText);
    m_sessionChoice = new QRadioButton(tr("Keep for t&his session only"));
    m_sessionChoice->setObjectName(QStringLiteral("tokenSessionOnly"));
    m_sessionChoice->setToolTip(tr("Forgotten when Vitrine quits; you enter it again next time"));
    m_fileChoice = new QRadioButton(tr("Save in a &file only you can read"));
    m_fileChoice->setObjectName(QStringLiteral("tokenPrivateFile"));
    m_consent =
        new QCheckBox(tr("I a&gree: it is not encrypted, only my user account can read it"));
    m_consent->setToolTip(tr("The token is written in plain text to a file in Vitrine's settings "
                             "folder whose permissions let only your user account read it."));
    m_consent->setObjectName(QStringLiteral("tokenFileConsent"));
    m_storageGroup = new QButtonGroup(this);
    m_storageGroup->addButton(m_sessionChoice);
    m_storageGroup->addButton(m_fileChoice);
    m_sessionChoice->setChecked(true);
    auto *consentRow = new QHBoxLayout;
    consentRow->addSpacing(24);
    consentRow->addWidget(m_consent, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_storageNote);
    layout->addWidget(m_sessionChoice);
    layout->addWidget(m_fileChoice);
    layout->addLayout(consentRow);
    connect(m_sessionChoice, &QRadioButton::toggled, this, &ProfilesDialog::refresh);
    connect(m_fileChoice, &QRadioButton::toggled, this, &ProfilesDialog::refresh);
    connect(m_consent, &QCheckBox::toggled, this, &ProfilesDialog::refresh);
    return box;
}

void ProfilesDialog::setDeleteConfirmation(std::function<bool(const QString &)> confirm) {
    m_confirmDelete = std::move(confirm);
}

QString ProfilesDialog::editedName() const {
    return m_editedName;
}

StoreProfile ProfilesDialog::draft() const {
    // Starts from the profile as filled, so settings the form may not show survive an edit.
    StoreProfile p = m_baseline;
    p.name = m_name->text().trimmed();
    p.dialect = m_dialect->currentData().toString();
    const QString url = m_baseUrl->text().trimmed();
    p.baseUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    p.apiVersion = m_apiVersion->text().trimmed();
    p.customDialectFile =
        p.dialect == QLatin1String("custom") ? m_customFile->text().trimmed() : QString();
    if (const int ordering = m_ordering->currentData().toInt(); ordering < 0)
        p.ordering.reset();
    else
        p.ordering = OrderingSemantics(ordering);
    if (m_rateOverride->isChecked())
        p.rateLimit = RateLimit{m_rate->value(), m_burst->value()};
    else
        p.rateLimit.reset();
    p.timeoutMs = m_timeout->value() * 1000;
    p.maxRetries = m_retries->value();
    return p;
}

ProfilesDialog::TokenStorage ProfilesDialog::tokenStorage() const {
    if (m_keychainAvailable)
        return TokenStorage::Keychain;
    return m_fileChoice->isChecked() ? TokenStorage::PrivateFile : TokenStorage::Session;
}

bool ProfilesDialog::tokenStorageAcceptable() const {
    return tokenStorage() != TokenStorage::PrivateFile || m_consent->isChecked();
}

QStringList ProfilesDialog::problems() const {
    const StoreProfile p = draft();
    QStringList out = p.validate();
    if (!p.name.isEmpty() && p.name != m_editedName && saved(p.name))
        out << tr("There is already a store profile called “%1”; choose another name.").arg(p.name);
    if (!m_token->text().trimmed().isEmpty() && !tokenStorageAcceptable())
        out << tr("To save the token in a file, tick the box that agrees to it, or keep it for "
                  "this session only.");
    return out;
}

bool ProfilesDialog::isDirty() const {
    if (!m_token->text().isEmpty())
        return true;
    // A new profile counts as unsaved once it differs from the blank form; a copy always does.
    if (m_editedName.isEmpty() && m_baseline.name != StoreProfile().name)
        return true;
    return draft() != m_baseline;
}

std::optional<StoreProfile> ProfilesDialog::saved(const QString &name) const {
    for (const StoreProfile &p : m_profiles)
        if (p.name == name)
            return p;
    return std::nullopt;
}

int ProfilesDialog::rowOf(const QString &name) const {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kNameRole).toString() == name)
            return row;
    return -1;
}

QString ProfilesDialog::selectedListName() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

QString ProfilesDialog::displayName(const StoreProfile &profile) const {
    return profile.name == m_currentName ? tr("%1 (opens at start)").arg(profile.name)
                                         : profile.name;
}

void ProfilesDialog::setProfiles(const QList<StoreProfile> &profiles, const QString &currentName) {
    const bool keepForm = isDirty();
    m_profiles = profiles;
    m_currentName = currentName;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const StoreProfile &p : profiles) {
            auto *item = new QListWidgetItem(Icons::get(Icons::Id::Store), displayName(p));
            item->setData(kNameRole, p.name);
            item->setToolTip(QStringLiteral("%1 — %2").arg(p.dialect, p.baseUrl.toString()));
            m_list->addItem(item);
        }
        m_list->setCurrentRow(rowOf(m_editedName));
    }
    if (keepForm && (m_editedName.isEmpty() || saved(m_editedName))) {
        refresh();
        return;
    }
    if (saved(m_editedName))
        selectProfile(m_editedName);
    else if (saved(currentName))
        selectProfile(currentName);
    else if (!profiles.isEmpty())
        selectProfile(profiles.first().name);
    else
        startNewProfile();
}

void ProfilesDialog::selectProfile(const QString &name) {
    const std::optional<StoreProfile> p = saved(name);
    if (!p)
        return;
    fillForm(*p, name);
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(rowOf(name));
}

void ProfilesDialog::startNewProfile() {
    fillForm(StoreProfile(), QString());
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    m_name->setFocus();
}

void ProfilesDialog::duplicateSelected() {
    const std::optional<StoreProfile> source = saved(m_editedName);
    if (!source)
        return;
    StoreProfile copy = *source;
    QString name = tr("%1 (copy)").arg(source->name);
    for (int n = 2; saved(name); ++n)
        name = tr("%1 (copy %2)").arg(source->name).arg(n);
    copy.name = name;
    fillForm(copy, QString());
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    showMessage(tr("Enter the access token for the copy: tokens are not copied."));
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesDialog::fillForm(const StoreProfile &profile, const QString &editedName) {
    m_filling = true;
    m_editedName = editedName;
    m_baseline = profile;
    m_name->setText(profile.name);
    int index = m_dialect->findData(profile.dialect);
    if (index < 0) {
        // A dialect this build does not list (validate() says so): shown as it is.
        m_dialect->addItem(profile.dialect, profile.dialect);
        index = m_dialect->count() - 1;
    }
    m_dialect->setCurrentIndex(index);
    m_customFile->setText(profile.customDialectFile);
    m_baseUrl->setText(profile.baseUrl.isEmpty() ? QString() : profile.baseUrl.toString());
    m_apiVersion->setText(profile.apiVersion);
    m_ordering->setCurrentIndex(profile.ordering ? m_ordering->findData(int(*profile.ordering))
                                                 : 0);
    m_rateOverride->setChecked(profile.rateLimit.has_value());
    if (profile.rateLimit) {
        m_rate->setValue(profile.rateLimit->requestsPerSecond);
        m_burst->setValue(profile.rateLimit->burst);
    }
    m_timeout->setValue(qMax(1, profile.timeoutMs / 1000));
    m_retries->setValue(profile.maxRetries);
    m_token->clear();
    m_filling = false;
    // What the spin boxes can hold (whole seconds) is the baseline, so rounding is no edit.
    m_baseline = draft();
    m_testResult->clear();
    m_message->setVisible(false);
    onDialectChanged();
}

void ProfilesDialog::onSelectionChanged() {
    const QString name = selectedListName();
    if (name.isEmpty() || name == m_editedName)
        return;
    fillForm(*saved(name), name);
}

void ProfilesDialog::onDialectChanged() {
    const QString dialect = m_dialect->currentData().toString();
    const bool custom = dialect == QLatin1String("custom");
    m_customFileRow->setVisible(custom);
    m_customFileLabel->setVisible(custom);
    const DialectChoice *choice = choiceFor(dialect);
    m_baseUrl->setPlaceholderText(choice ? QString::fromLatin1(choice->urlExample)
                                         : QStringLiteral("https://"));
    const QString version = StoreProfile::defaultApiVersion(dialect);
    m_apiVersion->setPlaceholderText(!version.isEmpty() ? version
                                     : custom           ? tr("as in the dialect file")
                                                        : tr("not needed"));
    // What the store type does unless the profile says otherwise (a custom dialect's file is
    // not read here: its defaults are in the file).
    m_defaultOrdering.reset();
    m_defaultRate.reset();
    if (!custom) {
        StoreProfile probe;
        probe.dialect = dialect;
        probe.baseUrl = QUrl(QStringLiteral("https://shop.example.com"));
        const auto made = DialectFactory::create(probe);
        if (made.ok()) {
            m_defaultOrdering = made.value()->capabilities().ordering;
            m_defaultRate = made.value()->capabilities().rateLimit;
        }
    }
    m_ordering->setItemText(
        0, m_defaultOrdering ? tr("Store's default (%1)").arg(orderingName(*m_defaultOrdering))
                             : tr("As in the dialect file"));
    const QString rateDefault = m_defaultRate
                                    ? tr("The store's default: %1").arg(rateText(*m_defaultRate))
                                    : tr("The store's default: as in the dialect file");
    m_rateDefault->setText(rateDefault);
    m_rateOverride->setToolTip(rateDefault);
    // Unticked, the limit fields show the default, which is where an override starts from.
    if (!m_rateOverride->isChecked() && m_defaultRate && m_defaultRate->requestsPerSecond > 0) {
        const QSignalBlocker blockRate(m_rate);
        const QSignalBlocker blockBurst(m_burst);
        m_rate->setValue(m_defaultRate->requestsPerSecond);
        m_burst->setValue(m_defaultRate->burst);
    }
    updateOrderingNote();
    onFormEdited();
}

void ProfilesDialog::updateOrderingNote() {
    const int chosen = m_ordering->currentData().toInt();
    if (chosen >= 0)
        m_orderingNote->setText(orderingExplanation(OrderingSemantics(chosen)));
    else if (m_defaultOrdering)
        m_orderingNote->setText(orderingExplanation(*m_defaultOrdering));
    else
        m_orderingNote->setText(tr("The dialect file says how the store orders images."));
}

void ProfilesDialog::onFormEdited() {
    if (m_filling)
        return;
    refresh();
}

void ProfilesDialog::refresh() {
    const bool dirty = isDirty();
    const QStringList issues = problems();
    const bool isNew = m_editedName.isEmpty();

    m_problems->setText(issues.join(QLatin1Char('\n')));
    // A blank new form is not wrong yet: its problems show once the user starts filling it in
    // (Save stays disabled and its tooltip says why meanwhile).
    m_problems->setVisible(!issues.isEmpty() && dirty);
    m_save->setEnabled(dirty && issues.isEmpty() && !m_saving);
    m_save->setToolTip(issues.isEmpty()
                           ? (dirty ? tr("Save this store profile") : tr("Nothing changed"))
                           : issues.join(QLatin1Char('\n')));
    m_revert->setEnabled(dirty && !m_saving);
    m_revert->setText(isNew ? tr("Discar&d") : tr("&Revert"));
    m_test->setEnabled(draft().validate().isEmpty() && !m_testing);

    // Switching profiles would lose the form's edits: save or revert first.
    const bool idle = !dirty && !m_saving;
    m_list->setEnabled(idle);
    m_list->setToolTip(idle ? QString() : tr("Save or revert the changes first"));
    m_add->setEnabled(idle);
    m_duplicate->setEnabled(idle && !isNew);
    m_delete->setEnabled(idle && !isNew);
    m_open->setEnabled(idle && !isNew);

    m_rate->setEnabled(m_rateOverride->isChecked());
    m_burst->setEnabled(m_rateOverride->isChecked());
    m_token->setPlaceholderText(isNew ? tr("Access token (leave empty if the store needs none)")
                                      : tr("Leave empty to keep the saved token"));

    if (m_keychainAvailable) {
        m_storageNote->setText(tr("The token is kept in the system keychain."));
    } else {
        const QString why =
            m_keychainReason.isEmpty()
                ? tr("No system keychain is available on this computer.")
                : tr("The system keychain cannot be used here: %1.").arg(m_keychainReason);
        m_storageNote->setText(why + QLatin1Char(' ') + tr("Choose where to keep the token:"));
    }
    m_sessionChoice->setVisible(!m_keychainAvailable);
    m_fileChoice->setVisible(!m_keychainAvailable);
    m_consent->setVisible(!m_keychainAvailable);
    m_consent->setEnabled(m_fileChoice->isChecked());
}

void ProfilesDialog::setKeychainStatus(bool available, const QString &reason) {
    m_keychainAvailable = available;
    m_keychainReason = reason;
    refresh();
}

void ProfilesDialog::setPrivateFileConsent(bool given) {
    m_consent->setChecked(given);
    if (given)
        m_fileChoice->setChecked(true);
    refresh();
}

void ProfilesDialog::chooseCustomFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Custom dialect description"), m_customFile->text(),
                                     tr("Dialect descriptions (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_customFile->setText(path);
}

void ProfilesDialog::save() {
    if (!isDirty() || !problems().isEmpty() || m_saving)
        return;
    m_saving = true;
    m_message->setVisible(false);
    refresh();
    Q_EMIT saveRequested(m_editedName, draft(), m_token->text().trimmed(), tokenStorage());
}

void ProfilesDialog::showSaveResult(bool ok, const QString &savedName, const QString &message) {
    m_saving = false;
    if (!ok) {
        showMessage(message.isEmpty() ? tr("The profile could not be saved.") : message, true);
        refresh();
        return;
    }
    if (saved(savedName))
        selectProfile(savedName); // clears the token field: it has been handed over
    else
        m_token->clear();
    showMessage(message.isEmpty() ? tr("Saved “%1”.").arg(savedName)
                                  : tr("Saved “%1”. %2").arg(savedName, message));
    refresh();
}

void ProfilesDialog::test() {
    if (m_testing || !draft().validate().isEmpty())
        return;
    m_testing = true;
    m_testProgress->setVisible(true);
    m_testResult->setPalette(palette());
    m_testResult->setText(tr("Testing the connection…"));
    refresh();
    Q_EMIT testRequested(m_editedName, draft(), m_token->text().trimmed());
}

void ProfilesDialog::showTestResult(bool ok, const QString &sentence) {
    m_testing = false;
    m_testProgress->setVisible(false);
    QPalette pal = palette();
    if (!ok)
        pal.setColor(QPalette::WindowText, Theme::color(Theme::Role::Failed, palette()));
    m_testResult->setPalette(pal);
    m_testResult->setText(sentence);
    refresh();
}

void ProfilesDialog::showMessage(const QString &message, bool isError) {
    QPalette pal = palette();
    if (isError)
        pal.setColor(QPalette::WindowText, Theme::color(Theme::Role::Failed, palette()));
    m_message->setPalette(pal);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ProfilesDialog::deleteSelected() {
    const QString name = m_editedName;
    if (name.isEmpty() || isDirty() || !m_confirmDelete || !m_confirmDelete(name))
        return;
    Q_EMIT deleteRequested(name);
}

void ProfilesDialog::openSelected() {
    const QString name = m_editedName;
    if (name.isEmpty() || isDirty() || m_saving)
        return;
    Q_EMIT openRequested(name);
    accept();
}

} // namespace vitrine
