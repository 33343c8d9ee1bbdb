#include "demostore/storesimulator.h"

#include "demostore/demoseed.h"
#include "demostore/genericadapter.h"
#include "demostore/largeseed.h"
#include "demostore/shopifyadapter.h"
#include "demostore/shoplazzaadapter.h"
#include "demostore/shoplineadapter.h"
#include "demostore/simcatalog.h"
#include "demostore/simdatafile.h"
#include "demostore/simfaultinjector.h"
#include "demostore/simhttpserver.h"
#include "demostore/simimagehost.h"
#include "demostore/simlogging.h"
#include "demostore/simrecorder.h"
#include "demostore/simreply.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>

namespace vitrine {

namespace {

// Each dialect's ids look like that store's: see SimIdGenerator.
SimIdGenerator idsFor(SimDialect dialect) {
    using S = SimIdGenerator::Scheme;
    switch (dialect) {
    case SimDialect::Generic:
        return SimIdGenerator(S::Integer,
                              {QStringLiteral("101"), QStringLiteral("1"), QStringLiteral("1")});
    case SimDialect::Shopline:
        return SimIdGenerator(S::LongDigits, {QStringLiteral("160578502648452507"),
                                              QStringLiteral("5785060242375689"),
                                              QStringLiteral("180578502648516261")});
    case SimDialect::Shoplazza:
        return SimIdGenerator(S::Uuid, {});
    case SimDialect::Shopify:
        return SimIdGenerator(S::Integer,
                              {QStringLiteral("7000000001"), QStringLiteral("30000000001"),
                               QStringLiteral("40000000001")});
    }
    return {};
}

std::unique_ptr<SimDialectAdapter> adapterFor(SimDialect dialect, SimCatalog &catalog) {
    switch (dialect) {
    case SimDialect::Generic:
        return std::make_unique<GenericAdapter>(catalog);
    case SimDialect::Shopline:
        return std::make_unique<ShoplineAdapter>(catalog);
    case SimDialect::Shoplazza:
        return std::make_unique<ShoplazzaAdapter>(catalog);
    case SimDialect::Shopify:
        return std::make_unique<ShopifyAdapter>(catalog);
    }
    return nullptr;
}

} // namespace

StoreSimulator::StoreSimulator(QObject *parent)
    : QObject(parent)
    , m_faults(std::make_unique<SimFaultInjector>())
    , m_recorder(std::make_unique<SimRecorder>())
    , m_images(std::make_unique<SimImageHost>()) {
    for (const SimDialect d : allSimDialects()) {
        Dialect state;
        const auto ordering =
            d == SimDialect::Generic ? OrderingSemantics::Absolute : OrderingSemantics::Shift;
        state.catalog = std::make_unique<SimCatalog>(idsFor(d), ordering);
        state.catalog->setChangeCallback([this, d] { onCatalogChanged(d); });
        state.adapter = adapterFor(d, *state.catalog);
        if (d != SimDialect::Generic)
            state.adapter->setRequiredToken(QStringLiteral("test-token"));
        if (d == SimDialect::Shopify)
            state.adapter->setRetryAfter("2.0");
        m_dialects.emplace(d, std::move(state));
    }
    QJsonParseError pe;
    const QJsonObject acme = QJsonDocument::fromJson(acmeDescriptionFile(), &pe).object();
    if (const QString why = serveDescribedStore(acme); !why.isEmpty())
        qCWarning(lcNetSim).noquote() << "the acme store is not served:" << why;
}

QByteArray StoreSimulator::acmeDescriptionFile() {
    QFile file(QStringLiteral(":/vitrine/demostore/acme.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString StoreSimulator::serveDescribedStore(const QJsonObject &description, const QString &token,
                                            const SimStoreBehaviour &behaviour) {
    Result<DialectDescription> shape = DialectDescription::fromJson(description);
    if (!shape)
        return shape.error().storeMessage;
    const QString prefix = shape->resolvedPrefix();
    if (prefix.isEmpty() || !prefix.startsWith(QLatin1Char('/')))
        return QStringLiteral("a described store needs an apiPrefix of its own, like /acme/v2");
    const auto overlaps = [&](const QString &other) {
        return prefix == other || prefix.startsWith(other + QLatin1Char('/')) ||
               other.startsWith(prefix + QLatin1Char('/'));
    };
    for (const auto &[d, state] : m_dialects) {
        if (overlaps(state.adapter->pathPrefix()))
            return QStringLiteral("%1 overlaps the %2 store's %3")
                .arg(prefix, simDialectName(d), state.adapter->pathPrefix());
    }
    for (auto it = m_described.begin(); it != m_described.end(); ++it) {
        if ((*it)->pathPrefix() == prefix) {
            m_described.erase(it);
            break;
        }
    }
    for (const auto &other : m_described) {
        if (overlaps(other->pathPrefix()))
            return QStringLiteral("%1 overlaps the described store at %2")
                .arg(prefix, other->pathPrefix());
    }
    auto adapter = std::make_unique<GenericAdapter>(catalog(SimDialect::Generic),
                                                    std::move(shape).value(), behaviour);
    adapter->setRequiredToken(token);
    if (isRunning())
        adapter->setBaseUrl(baseUrl());
    m_described.push_back(std::move(adapter));
    return {};
}

bool StoreSimulator::setExtraFields(SimDialect dialect, const QString &imageId,
                                    const QJsonObject &extra) {
    return catalog(dialect).setExtraFields(imageId, extra);
}

QJsonObject StoreSimulator::extraFields(SimDialect dialect, const QString &imageId) const {
    const std::optional<SimImage> image = catalog(dialect).image(imageId);
    return image ? image->extra : QJsonObject();
}

QStringList StoreSimulator::describedStorePrefixes() const {
    QStringList out;
    for (const auto &adapter : m_described)
        out << adapter->pathPrefix();
    return out;
}

StoreSimulator::~StoreSimulator() = default;

bool StoreSimulator::start() {
    if (isRunning())
        return true;
    m_api = new SimHttpServer(
        SimRequest::Listener::Api,
        [this](const SimRequest &r, SimReply reply) { onRequest(r, std::move(reply)); }, this);
    m_cdn = new SimHttpServer(
        SimRequest::Listener::Cdn,
        [this](const SimRequest &r, SimReply reply) { onRequest(r, std::move(reply)); }, this);
    m_apiPort = m_api->listen(QHostAddress::LocalHost, 0);
    m_cdnPort = m_cdn->listen(QHostAddress::LocalHost, 0);
    if (m_apiPort == 0 || m_cdnPort == 0) {
        m_lastError = QStringLiteral("The demo store could not listen on 127.0.0.1.");
        qCWarning(lcNetSim) << m_lastError;
        delete m_api;
        delete m_cdn;
        m_api = m_cdn = nullptr;
        m_apiPort = m_cdnPort = 0;
        return false;
    }
    // "localhost" may resolve to ::1 first; answer there too when the system has IPv6 loopback.
    m_cdn->listen(QHostAddress::LocalHostIPv6, m_cdnPort);
    for (auto &[d, state] : m_dialects)
        state.adapter->setBaseUrl(baseUrl());
    for (const auto &adapter : m_described)
        adapter->setBaseUrl(baseUrl());
    loadOrSeed();
    qCInfo(lcNetSim) << "store simulator on" << baseUrl().toString() << "images on"
                     << cdnBaseUrl().toString();
    return true;
}

bool StoreSimulator::isRunning() const {
    return m_apiPort != 0;
}

QUrl StoreSimulator::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_apiPort));
}

QUrl StoreSimulator::cdnBaseUrl() const {
    return QUrl(QStringLiteral("http://localhost:%1").arg(m_cdnPort));
}

QUrl StoreSimulator::imageUrl(const QString &file) const {
    QUrl u = cdnBaseUrl();
    u.setPath(QStringLiteral("/images/") + file);
    return u;
}

QUrl StoreSimulator::apiUrl(SimDialect dialect) const {
    QUrl u = baseUrl();
    u.setPath(pathPrefix(dialect));
    return u;
}

QString StoreSimulator::pathPrefix(SimDialect dialect) {
    switch (dialect) {
    case SimDialect::Generic:
        return QStringLiteral("/api/v1");
    case SimDialect::Shopline:
        return QStringLiteral("/admin/openapi/v20250601");
    case SimDialect::Shoplazza:
        return QStringLiteral("/openapi/2022-01");
    case SimDialect::Shopify:
        return QStringLiteral("/admin/api/2024-01");
    }
    return {};
}

QStringList StoreSimulator::demoImageFiles() {
    return DemoSeed::imageFiles();
}

QString StoreSimulator::brokenDemoImageFile() {
    return DemoSeed::brokenImageFile();
}

bool StoreSimulator::setDataFile(const QString &path) {
    m_dataFile = path;
    m_lastError.clear();
    if (isRunning())
        loadOrSeed();
    return m_lastError.isEmpty();
}

void StoreSimulator::resetToSeed() {
    m_loading = true;
    for (auto &[d, state] : m_dialects)
        seed(d);
    m_loading = false;
    save();
    for (auto &[d, state] : m_dialects)
        Q_EMIT catalogChanged(d);
}

void StoreSimulator::seedLargeCatalog(int products, int imagesPerProduct) {
    m_loading = true;
    const LargeSeed::Options options{products, imagesPerProduct};
    for (auto &[d, state] : m_dialects)
        LargeSeed::seed(*state.catalog, options,
                        [this](const QString &file) { return imageUrl(file).toString(); });
    m_loading = false;
    save();
    for (auto &[d, state] : m_dialects)
        Q_EMIT catalogChanged(d);
}

void StoreSimulator::setRequiredToken(SimDialect dialect, const QString &token) {
    adapter(dialect).setRequiredToken(token);
}

QString StoreSimulator::requiredToken(SimDialect dialect) const {
    return adapter(dialect).requiredToken();
}

void StoreSimulator::setOrdering(SimDialect dialect, OrderingSemantics ordering) {
    if (catalog(dialect).ordering() == ordering)
        return;
    catalog(dialect).setOrdering(ordering);
    onCatalogChanged(dialect);
}

OrderingSemantics StoreSimulator::ordering(SimDialect dialect) const {
    return catalog(dialect).ordering();
}

void StoreSimulator::setRateLimit(SimDialect dialect, const RateLimit &limit) {
    adapter(dialect).rateLimiter().setLimit(limit);
}

RateLimit StoreSimulator::rateLimit(SimDialect dialect) const {
    return adapter(dialect).rateLimiter().limit();
}

void StoreSimulator::setErrorStyle(SimDialect dialect, SimErrorStyle style) {
    adapter(dialect).setErrorStyle(style);
}

void StoreSimulator::setRetryAfter(SimDialect dialect, const QByteArray &value) {
    adapter(dialect).setRetryAfter(value);
}

void StoreSimulator::setListingCarriesImages(SimDialect dialect, bool on) {
    adapter(dialect).setListingCarriesImages(on);
}

void StoreSimulator::addFault(const SimFault &fault) {
    m_faults->add(fault);
}

void StoreSimulator::clearFaults() {
    m_faults->clear();
}

QList<SimRequest> StoreSimulator::recordedRequests() const {
    return m_recorder->requests();
}

void StoreSimulator::clearRecordedRequests() {
    m_recorder->clear();
    m_maxInFlight = m_inFlight;
}

QList<ProductSummary> StoreSimulator::products(SimDialect dialect) const {
    QList<ProductSummary> out;
    for (const SimProduct &p : catalog(dialect).products()) {
        ProductSummary summary;
        summary.id = p.id;
        summary.title = p.title;
        summary.imageCount = catalog(dialect).imageCount(p.id);
        summary.vendor = p.vendor;
        summary.productType = p.productType;
        out.append(summary);
    }
    return out;
}

Gallery StoreSimulator::images(SimDialect dialect, const QString &productId) const {
    Gallery out;
    for (const SimImage &i : catalog(dialect).images(productId))
        out.append(i.image);
    return out;
}

QStringList StoreSimulator::variantIds(SimDialect dialect, const QString &productId) const {
    QStringList out;
    if (const SimProduct *p = catalog(dialect).product(productId)) {
        for (const SimVariant &v : p->variants)
            out.append(v.id);
    }
    return out;
}

ProductSummary StoreSimulator::addProduct(SimDialect dialect, const QString &title,
                                          const QStringList &variantTitles) {
    const SimProduct p = catalog(dialect).addProduct(title, variantTitles);
    return {p.id, p.title, 0};
}

bool StoreSimulator::setProductVendor(SimDialect dialect, const QString &productId,
                                      const QString &vendor, const QString &productType) {
    return catalog(dialect).setProductVendor(productId, vendor, productType);
}

std::optional<ProductImage> StoreSimulator::addImage(SimDialect dialect, const QString &productId,
                                                     const NewImage &image) {
    if (!catalog(dialect).product(productId))
        return std::nullopt;
    return catalog(dialect).addImage(productId, image).image;
}

bool StoreSimulator::editImageElsewhere(SimDialect dialect, const QString &productId,
                                        const QString &imageId, const ImagePatch &patch) {
    const auto current = catalog(dialect).image(imageId);
    if (!current || current->image.productId != productId)
        return false;
    return catalog(dialect).updateImage(imageId, patch).has_value();
}

bool StoreSimulator::removeImageElsewhere(SimDialect dialect, const QString &productId,
                                          const QString &imageId) {
    const auto current = catalog(dialect).image(imageId);
    if (!current || current->image.productId != productId)
        return false;
    return catalog(dialect).removeImage(imageId);
}

namespace {
// Counts one API request as in flight for as long as its reply holds it.
class InFlight {
public:
    explicit InFlight(QPointer<StoreSimulator> simulator, int *count)
        : m_simulator(std::move(simulator))
        , m_count(count) {}
    ~InFlight() {
        if (m_simulator)
            --*m_count;
    }
    InFlight(const InFlight &) = delete;
    InFlight &operator=(const InFlight &) = delete;

private:
    QPointer<StoreSimulator> m_simulator;
    int *m_count;
};
} // namespace

void StoreSimulator::onRequest(const SimRequest &request, SimReply reply) {
    if (request.listener == SimRequest::Listener::Api) {
        m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
        reply.holdUntilAnswered(std::make_shared<InFlight>(this, &m_inFlight));
    }
    m_recorder->record(request);
    qCDebug(lcNetSim) << (request.listener == SimRequest::Listener::Cdn ? "cdn" : "api")
                      << request.method << request.path;
    Q_EMIT requestReceived(request);

    const std::optional<SimFault> fault = m_faults->take(request.method, request.path);
    if (fault && fault->dropConnection) {
        qCDebug(lcNetSim) << "fault: dropping the connection";
        reply.drop(fault->delayMs);
        return;
    }
    SimResponse response;
    const bool injected = fault && fault->status > 0;
    if (injected && !fault->afterApplying)
        response = SimFaultInjector::injectedResponse(*fault);
    else if (request.listener == SimRequest::Listener::Cdn)
        response = m_images->answer(request);
    else
        response = answerApi(request);
    if (injected && fault->afterApplying)
        response = SimFaultInjector::injectedResponse(*fault); // carried out, answered otherwise
    if (fault)
        SimFaultInjector::alter(*fault, response);
    reply.send(response, fault ? fault->delayMs : 0);
}

SimResponse StoreSimulator::answerApi(const SimRequest &request) {
    const auto under = [&](const QString &prefix) {
        return request.path == prefix || request.path.startsWith(prefix + QLatin1Char('/'));
    };
    for (const auto &adapter : m_described) {
        if (under(adapter->pathPrefix()))
            return adapter->handle(request);
    }
    for (auto &[d, state] : m_dialects) {
        const QString prefix = state.adapter->pathPrefix();
        if (request.path == prefix || request.path.startsWith(prefix + QLatin1Char('/')))
            return state.adapter->handle(request);
    }
    return SimResponse::raw(404, "text/plain; charset=utf-8",
                            "No store dialect is served at this path.\n");
}

void StoreSimulator::loadOrSeed() {
    m_loading = true;
    QList<SimDialect> loaded;
    bool needsSave = true;
    if (!m_dataFile.isEmpty()) {
        QMap<SimDialect, SimCatalog *> catalogs;
        for (auto &[d, state] : m_dialects)
            catalogs.insert(d, state.catalog.get());
        const SimDataFile file(m_dataFile, cdnBaseUrl());
        QString error;
        switch (file.load(catalogs, &loaded, &error)) {
        case SimDataFile::Status::Missing:
            break;
        case SimDataFile::Status::Loaded:
            needsSave = loaded.size() < qsizetype(m_dialects.size());
            break;
        case SimDataFile::Status::Corrupt:
            m_lastError = error + QStringLiteral(" The demo data was reset.");
            qCWarning(lcNetSim).noquote() << m_lastError;
            file.quarantine();
            loaded.clear();
            break;
        }
    }
    for (auto &[d, state] : m_dialects) {
        if (!loaded.contains(d))
            seed(d);
    }
    m_loading = false;
    if (needsSave)
        save();
}

void StoreSimulator::seed(SimDialect dialect) {
    DemoSeed::seed(catalog(dialect),
                   [this](const QString &file) { return imageUrl(file).toString(); });
}

void StoreSimulator::onCatalogChanged(SimDialect dialect) {
    if (m_loading)
        return;
    save();
    Q_EMIT catalogChanged(dialect);
}

void StoreSimulator::save() {
    if (m_dataFile.isEmpty())
        return;
    QMap<SimDialect, SimCatalog *> catalogs;
    for (auto &[d, state] : m_dialects)
        catalogs.insert(d, state.catalog.get());
    QString error;
    if (!SimDataFile(m_dataFile, cdnBaseUrl()).save(catalogs, &error)) {
        m_lastError = error;
        qCWarning(lcNetSim).noquote() << error;
    }
}

SimCatalog &StoreSimulator::catalog(SimDialect dialect) const {
    return *m_dialects.at(dialect).catalog;
}

SimDialectAdapter &StoreSimulator::adapter(SimDialect dialect) const {
    return *m_dialects.at(dialect).adapter;
}

} // namespace vitrine
