// The shared renderings of catalogue entries (CLI output, the browser's copy actions).
#include "catalogue/EntryFormatter.h"
#include "catalogue/ErrorCatalogue.h"

#include <QJsonArray>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestEntryFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownEntryJson();
    void variantsInJson();
    void unknownAndUnpublishedJson();
    void foundErrorJson();
    void markdownRowEscapesPipes();
    void textPutsTheChosenLanguageFirst();
    void unknownCodeTextExplainsTheClass();
    void codeSpansBecomeHtmlCodeOrLoseTheirMarks();
};

void TestEntryFormatter::knownEntryJson()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    const QJsonObject json = EntryFormatter::toJson(*catalogue.find(4031003), catalogue);
    QCOMPARE(json.value(u"code").toInt(), 4031003);
    QVERIFY(json.value(u"code").isDouble());
    QCOMPARE(json.value(u"httpStatus").toInt(), 403);
    QCOMPARE(json.value(u"zh").toString(), u"无效的Access-Token"_s);
    QCOMPARE(json.value(u"en").toString(), u"Invalid Access-Token"_s);
    QVERIFY(json.value(u"hint").toObject().value(u"zh").isString());
    QVERIFY(json.value(u"hint").toObject().value(u"en").isString());
    QCOMPARE(json.value(u"pages").toArray(), (QJsonArray { u"2016-02"_s, u"2017-05"_s }));
    QCOMPARE(json.value(u"known").toBool(), true);
    QCOMPARE(json.value(u"status").toObject().value(u"reason").toString(), u"Forbidden"_s);
    // A code of the later list only: no hint.
    QVERIFY(EntryFormatter::toJson(*catalogue.find(4001134), catalogue).value(u"hint").isNull());
}

void TestEntryFormatter::variantsInJson()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    const QJsonArray variants
        = EntryFormatter::toJson(*catalogue.find(4001134), catalogue).value(u"variants").toArray();
    QCOMPARE(variants.size(), 1);
    QCOMPARE(variants.first().toObject().value(u"zh").toString(), u"该用户已在Home成员列表中"_s);
    QCOMPARE(variants.first().toObject().value(u"kind").toString(), u"duplicate"_s);
    const QJsonArray typo
        = EntryFormatter::toJson(*catalogue.find(4001045), catalogue).value(u"variants").toArray();
    QCOMPARE(typo.first().toObject().value(u"kind").toString(), u"typo"_s);
}

void TestEntryFormatter::unknownAndUnpublishedJson()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    const QJsonObject unknown = EntryFormatter::unknownCodeToJson(4039999, catalogue);
    QCOMPARE(unknown.value(u"known").toBool(true), false);
    QCOMPARE(unknown.value(u"code").toInt(), 4039999);
    QCOMPARE(unknown.value(u"httpStatus").toInt(), 403);
    QVERIFY(unknown.value(u"zh").isNull());
    QVERIFY(unknown.value(u"hint").isNull());
    QCOMPARE(unknown.value(u"status").toObject().value(u"status").toInt(), 403);
    QVERIFY(unknown.value(u"note").isNull());
    const QJsonObject unpublished = EntryFormatter::unknownCodeToJson(4001040, catalogue);
    QVERIFY(unpublished.value(u"note").toObject().value(u"en").toString().contains(u"never"));
}

void TestEntryFormatter::foundErrorJson()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    FoundError found;
    found.code = 4041001;
    found.rawCode = u"4041001"_s;
    found.serverMessage = u"no such url"_s;
    found.fromObject = true;
    found.line = 3;
    found.column = 5;
    const QJsonObject json = EntryFormatter::foundToJson(found, catalogue);
    QCOMPARE(json.value(u"known").toBool(), true);
    QCOMPARE(json.value(u"serverMessage").toString(), u"no such url"_s);
    QCOMPARE(json.value(u"line").toInt(), 3);
    found.code = 0;
    found.rawCode = u"abc"_s;
    const QJsonObject odd = EntryFormatter::foundToJson(found, catalogue);
    QVERIFY(odd.value(u"code").isNull());
    QCOMPARE(odd.value(u"known").toBool(true), false);
}

void TestEntryFormatter::markdownRowEscapesPipes()
{
    CatalogueEntry entry;
    entry.code = 4001001;
    entry.httpStatus = 400;
    entry.message = { u"a|b"_s, u"c"_s };
    QCOMPARE(EntryFormatter::toMarkdownRow(entry), u"| 4001001 | 400 | a\\|b | c |"_s);
    QCOMPARE(EntryFormatter::bothMessages(entry, Language::English), u"4001001 c / a|b"_s);
}

void TestEntryFormatter::textPutsTheChosenLanguageFirst()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    const CatalogueEntry &entry = *catalogue.find(4031003);
    const QString zhFirst = EntryFormatter::toText(entry, catalogue, Language::Chinese);
    const QString enFirst = EntryFormatter::toText(entry, catalogue, Language::English);
    QVERIFY(zhFirst.startsWith(u"4031003  HTTP 403 Forbidden\n"_s));
    QVERIFY(zhFirst.indexOf(u"无效的Access-Token"_s) < zhFirst.indexOf(u"Invalid Access-Token"_s));
    QVERIFY(enFirst.indexOf(u"Invalid Access-Token"_s) < enFirst.indexOf(u"无效的Access-Token"_s));
    QVERIFY(enFirst.contains(entry.hint->en));
    QVERIFY(enFirst.contains(entry.hint->zh));
}

void TestEntryFormatter::unknownCodeTextExplainsTheClass()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    const QString text = EntryFormatter::unknownCodeText(4039999, catalogue, Language::English);
    QVERIFY(text.contains(u"not in the catalogue"_s));
    QVERIFY(text.contains(catalogue.httpStatus(403)->meaning.en));
    const QString unpublished
        = EntryFormatter::unknownCodeText(4001044, catalogue, Language::English);
    QVERIFY(unpublished.contains(catalogue.unpublishedNote(4001044)->en));
}

void TestEntryFormatter::codeSpansBecomeHtmlCodeOrLoseTheirMarks()
{
    const QString hint = u"Check `{did}` < 10 and call `POST /v2/x`; a lone ` stays."_s;
    QCOMPARE(EntryFormatter::codeSpansToHtml(hint),
        u"Check <code>{did}</code> &lt; 10 and call <code>POST /v2/x</code>; a lone ` stays."_s);
    QCOMPARE(EntryFormatter::withoutCodeMarks(hint),
        u"Check {did} < 10 and call POST /v2/x; a lone ` stays."_s);
    // The catalogue's own hints: no mark is left in what the GUI and the reports show.
    for (const CatalogueEntry &entry : ErrorCatalogue::builtin().entries()) {
        if (!entry.hint)
            continue;
        for (const QString &text : { entry.hint->zh, entry.hint->en }) {
            QVERIFY2(!EntryFormatter::codeSpansToHtml(text).contains(u'`'), qPrintable(text));
            QVERIFY2(!EntryFormatter::withoutCodeMarks(text).contains(u'`'), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestEntryFormatter)
#include "TestEntryFormatter.moc"
