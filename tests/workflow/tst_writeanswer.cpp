// What the store's answer to a write says about whether it was carried out (docs/journal.md,
// "What each answer means"): only a clear refusal says it was not.
#include "workflow/writeanswer.h"

#include <QTest>

using namespace vitrine;

Q_DECLARE_METATYPE(WriteAnswer)
Q_DECLARE_METATYPE(WriteOp::Kind)
Q_DECLARE_METATYPE(std::optional<vitrine::StoreError>)

namespace {

std::optional<StoreError> answered(int status, bool unreadable = false) {
    StoreError e = StoreError::make(StoreError::codeForHttpStatus(status), QString(), status);
    if (unreadable)
        e.code = StoreError::Code::BadResponse;
    return e;
}

std::optional<StoreError> noAnswer(StoreError::Code code, bool outcomeUnknown = false) {
    StoreError e = StoreError::make(code);
    e.outcomeUnknown = outcomeUnknown;
    return e;
}

} // namespace

class TestWriteAnswer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data() {
        QTest::addColumn<std::optional<StoreError>>("error");
        QTest::addColumn<WriteOp::Kind>("kind");
        QTest::addColumn<WriteAnswer>("expected");
        using K = WriteOp::Kind;
        using A = WriteAnswer;
        using C = StoreError::Code;
        QTest::newRow("success") << std::optional<StoreError>() << K::Create << A::Done;
        // A create: everything but a clear refusal leaves it open.
        QTest::newRow("create: 422") << answered(422) << K::Create << A::Refused;
        QTest::newRow("create: 400") << answered(400) << K::Create << A::Refused;
        QTest::newRow("create: 401") << answered(401) << K::Create << A::Refused;
        QTest::newRow("create: 404 (no such product)") << answered(404) << K::Create << A::Refused;
        QTest::newRow("create: 405, unexpected") << answered(405) << K::Create << A::Refused;
        QTest::newRow("create: 408") << answered(408) << K::Create << A::Unknown;
        QTest::newRow("create: 429") << answered(429) << K::Create << A::Unknown;
        QTest::newRow("create: 500") << answered(500) << K::Create << A::Unknown;
        QTest::newRow("create: 502 page") << answered(502) << K::Create << A::Unknown;
        QTest::newRow("create: 503") << answered(503) << K::Create << A::Unknown;
        QTest::newRow("create: 501") << answered(501) << K::Create << A::Refused;
        QTest::newRow("create: 201 unreadable") << answered(201, true) << K::Create << A::Unknown;
        QTest::newRow("create: 302") << answered(302) << K::Create << A::Unknown;
        QTest::newRow("create: timeout") << noAnswer(C::Timeout, true) << K::Create << A::Unknown;
        QTest::newRow("create: connection dropped")
            << noAnswer(C::Network, true) << K::Create << A::Unknown;
        QTest::newRow("create: cancelled") << noAnswer(C::Cancelled) << K::Create << A::Unknown;
        QTest::newRow("create: refused before sending")
            << noAnswer(C::InvalidInput) << K::Create << A::Refused;
        // Other writes.
        QTest::newRow("update: 422") << answered(422) << K::Update << A::Refused;
        QTest::newRow("update: 404 (deleted elsewhere)")
            << answered(404) << K::Update << A::Refused;
        QTest::newRow("update: 429") << answered(429) << K::Update << A::Refused;
        QTest::newRow("update: 503 after retries") << answered(503) << K::Update << A::Unknown;
        QTest::newRow("update: 200 unreadable") << answered(200, true) << K::Update << A::Unknown;
        QTest::newRow("alt batch: 200 unreadable")
            << answered(200, true) << K::UpdateAltTexts << A::Unknown;
        QTest::newRow("delete: 404") << answered(404) << K::Delete << A::Gone;
        QTest::newRow("delete: 410") << answered(410) << K::Delete << A::Gone;
        QTest::newRow("delete all: 404") << answered(404) << K::DeleteAll << A::Gone;
        QTest::newRow("delete: 403") << answered(403) << K::Delete << A::Refused;
    }
    void classify() {
        QFETCH(std::optional<StoreError>, error);
        QFETCH(WriteOp::Kind, kind);
        QFETCH(WriteAnswer, expected);
        QCOMPARE(int(classifyWriteAnswer(error, kind)), int(expected));
    }
};

QTEST_GUILESS_MAIN(TestWriteAnswer)
#include "tst_writeanswer.moc"
