#pragma once

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace vitrine {

class GalleryModel;

// Gives one alt text to one or many images. The text was validated by the EditSession against
// each image's limit before the command was made.
class SetAltTextCommand : public QUndoCommand {
public:
    SetAltTextCommand(GalleryModel *model, QStringList keys, QString text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const QStringList &keys() const { return m_keys; }
    const QString &text() const { return m_text; }

private:
    void setAlt(const QString &key, const QString &alt);

    GalleryModel *m_model;
    QStringList m_keys;
    QString m_text;
    QStringList m_previous; // per key
};

} // namespace vitrine
