#pragma once

#include "core/picturecheck.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace vitrine {

class ThumbnailFetcher;

// The audit's picture checks (broken, tiny, duplicates by pixels): fetches each picture through
// the token-free image path (ThumbnailFetcher: its own connection, disk cache, never the store's
// token), reads its pixel size from the image header and its difference hash from a small
// decode; a picture that cannot be fetched or read is Broken with the reason. At most maxConcurrent
// fetches are under way at once, whatever the number of addresses.
class PictureChecker : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrent = 4;

    // The fetcher must outlive the checks.
    explicit PictureChecker(ThumbnailFetcher *fetcher, int maxConcurrent = kDefaultConcurrent,
                            QObject *parent = nullptr);

    // Checks every address (duplicates once); the results by address. Cancelled checks are left
    // out.
    QCoro::Task<QHash<QString, PictureCheck>> check(QStringList urls);
    // Stops: fetches under way are aborted, the rest is not started.
    void cancel();
    bool isBusy() const { return m_busy; }

    // Reads a picture's size from its bytes (header first, decoding only when the header does
    // not say) and its difference hash (decoded small); Broken with the reason when they are not a
    // picture this build can read.
    static PictureCheck inspect(const QByteArray &bytes);
    // The addresses among urls with no check, or one older than maxAgeSeconds (a picture may be
    // replaced at the same address), each once, in the order given.
    static QStringList due(const QStringList &urls, const QHash<QString, PictureCheck> &checks,
                           const QDateTime &now, qint64 maxAgeSeconds = kRecheckAfterSeconds);
    static constexpr qint64 kRecheckAfterSeconds = qint64(24) * 3600;
    // The side a picture is decoded at for its hash.
    static constexpr int kHashSide = 64;

Q_SIGNALS:
    void checked(const QString &url, const vitrine::PictureCheck &check);
    void progressed(int done, int total);

private:
    struct Run;
    QCoro::Task<void> worker(std::shared_ptr<Run> run);

    QPointer<ThumbnailFetcher> m_fetcher;
    int m_maxConcurrent;
    bool m_busy = false;
    quint64 m_generation = 0; // bumped by cancel()
};

} // namespace vitrine
