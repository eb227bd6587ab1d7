// The OpenAPI description against the list of every METHOD /v2/... the platform documents
// name (resources/api/documented-operations.txt, generated from ../shared/spec/platform-docs
// by tests/openapi/list-documented-operations.py). Two paths with the same shape are the same
// operation whatever their parameters are called.
#include "ApiDescription.h"
#include "OpenApiBundler.h"

#include <QFile>
#include <QMap>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestOpenApiCoverage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyDocumentedOperationIsDescribed();
    // Nothing is described that the documents do not name (a typo in a path, say).
    void everyOperationIsDocumented();

private:
    QMap<QString, QString> m_documented; // "GET /v2/product/{}" -> "GET /v2/product/{id}\tpage"
    QMap<QString, QString> m_described;
};

void TestOpenApiCoverage::initTestCase()
{
    QFile list(QStringLiteral(XLINK_DOCUMENTED_OPERATIONS));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), XLINK_DOCUMENTED_OPERATIONS);
    for (const QByteArray &raw : list.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString operation = line.section(u'\t', 0, 0);
        const QString method = operation.section(u' ', 0, 0);
        const QString path = operation.section(u' ', 1);
        m_documented.insert(method + u' ' + OpenApiBundler::pathShape(path), line);
    }
    QVERIFY(m_documented.size() > 300);
    for (const ApiOperation &operation : ApiDescription::builtin().operations()) {
        m_described.insert(operation.method + u' ' + OpenApiBundler::pathShape(operation.path),
            operation.method + u' ' + operation.path + u" (" + operation.operationId + u')');
    }
}

void TestOpenApiCoverage::everyDocumentedOperationIsDescribed()
{
    QStringList missing;
    for (auto it = m_documented.constBegin(); it != m_documented.constEnd(); ++it) {
        if (!m_described.contains(it.key()))
            missing.append(it.value());
    }
    qInfo("%lld of %lld documented operations are described",
        static_cast<long long>(m_documented.size() - missing.size()),
        static_cast<long long>(m_documented.size()));
    // One line each: a test message is cut short at a few hundred characters.
    for (const QString &line : std::as_const(missing))
        qInfo("missing: %s", qPrintable(line));
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"%1 documented operation(s) missing from the description (listed above)"_s.arg(
            missing.size())));
}

void TestOpenApiCoverage::everyOperationIsDocumented()
{
    QStringList extra;
    for (auto it = m_described.constBegin(); it != m_described.constEnd(); ++it) {
        if (!m_documented.contains(it.key()))
            extra.append(it.value());
    }
    for (const QString &line : std::as_const(extra))
        qInfo("not in the documents: %s", qPrintable(line));
    QVERIFY2(extra.isEmpty(),
        qPrintable(u"%1 operation(s) described that the documents do not name (listed above; "
                   "check the path against the page)"_s.arg(extra.size())));
}

QTEST_GUILESS_MAIN(TestOpenApiCoverage)
#include "TestOpenApiCoverage.moc"
