#pragma once

#include "core/conflict.h"

#include <QDialog>
#include <QList>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace vitrine {

// "Changed on the store": shown when the check before a publish finds that the gallery changed
// elsewhere since it was loaded. One row per conflict: which image, what happened (in words,
// Conflict::describe()), the staged value beside the store's, and a choice between keeping mine
// and taking theirs; "Keep all mine" / "Take all theirs" choose for every conflict that needed a
// choice. Conflicts where only the store changed come with "take theirs" already chosen (the
// user may still keep theirs or not). OK stays disabled until every conflict has a choice.
// The dialog changes nothing itself: conflicts() is the list with the choices, for the caller to
// hand to the publisher.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // productTitle names the product in the heading (may be empty).
    void setConflicts(const QList<Conflict> &conflicts, const QString &productTitle = {});
    // The conflicts with the choices made so far.
    QList<Conflict> conflicts() const { return m_conflicts; }
    int count() const { return int(m_conflicts.size()); }
    // How many still need a choice; OK is enabled at zero.
    int unresolvedCount() const;

    // Chooses for the conflict at index (as the user would with its buttons).
    void setResolution(int index, Conflict::Resolution resolution);
    // The choice buttons of the conflict at index (for tests and accessibility tools).
    QRadioButton *keepMineButton(int index) const;
    QRadioButton *takeTheirsButton(int index) const;
    QPushButton *keepAllMineButton() const { return m_keepAll; }
    QPushButton *takeAllTheirsButton() const { return m_takeAll; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *statusLabel() const { return m_status; }

    // Shows the dialog modally: the resolved conflicts, or nothing when the user cancelled.
    static std::optional<QList<Conflict>> resolve(QWidget *parent, const QList<Conflict> &conflicts,
                                                  const QString &productTitle = {});

Q_SIGNALS:
    // A choice changed (the user's or setResolution's).
    void resolutionsChanged();

private:
    struct Row {
        QButtonGroup *group = nullptr;
        QRadioButton *mine = nullptr;
        QRadioButton *theirs = nullptr;
    };

    QWidget *buildRow(int index);
    void choose(int index, Conflict::Resolution resolution);
    void chooseAll(Conflict::Resolution resolution);
    void refresh();

    QList<Conflict> m_conflicts;
    QList<bool> m_neededChoice; // as given: the user had changed it too
    QList<Row> m_rows;
    QLabel *m_heading = nullptr;
    QWidget *m_rowsHost = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_keepAll = nullptr;
    QPushButton *m_takeAll = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace vitrine
