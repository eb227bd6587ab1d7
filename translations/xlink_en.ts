<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>xlink::ApiConsoleWidget</name>
    <message numerus="yes">
        <source>%n file(s) of the collection do not parse and were left out: %1</source>
        <translation>
            <numerusform>%n file of the collection does not parse and was left out: %1</numerusform>
            <numerusform>%n files of the collection do not parse and were left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::CodeBrowserWidget</name>
    <message numerus="yes">
        <source>%1 %2 (%n codes)</source>
        <translation>
            <numerusform>%1 %2 (%n code)</numerusform>
            <numerusform>%1 %2 (%n codes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) in the failure log</source>
        <translation>
            <numerusform>Seen %n time in the failure log</numerusform>
            <numerusform>Seen %n times in the failure log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) in the team log</source>
        <translation>
            <numerusform>Seen %n time in the team log</numerusform>
            <numerusform>Seen %n times in the team log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::CollectionPostmanActions</name>
    <message numerus="yes">
        <source>%n request(s) imported into %1.</source>
        <translation>
            <numerusform>%n request imported into %1.</numerusform>
            <numerusform>%n requests imported into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::CollectionRunner</name>
    <message numerus="yes">
        <source>%n script(s) before the request not run (no script engine)</source>
        <translation>
            <numerusform>%n script before the request not run (no script engine)</numerusform>
            <numerusform>%n scripts before the request not run (no script engine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response handler(s) not run (no script engine)</source>
        <translation>
            <numerusform>%n response handler not run (no script engine)</numerusform>
            <numerusform>%n response handlers not run (no script engine)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::CollectionsSidebar</name>
    <message numerus="yes">
        <source>%n files changed on disk and were read again.</source>
        <translation>
            <numerusform>%n file changed on disk and was read again.</numerusform>
            <numerusform>%n files changed on disk and were read again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::DecodeWidget</name>
    <message numerus="yes">
        <source>Found %n platform error(s).</source>
        <translation>
            <numerusform>Found %n platform error.</numerusform>
            <numerusform>Found %n platform errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown.</source>
        <translation>
            <numerusform>%n more not shown.</numerusform>
            <numerusform>%n more not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different code(s).</source>
        <translation>
            <numerusform>%n different code.</numerusform>
            <numerusform>%n different codes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::ExportDialog</name>
    <message numerus="yes">
        <source>The filtered log (%n record(s))</source>
        <translation>
            <numerusform>The filtered log (%n record)</numerusform>
            <numerusform>The filtered log (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows (%n)</source>
        <translation>
            <numerusform>The selected rows (%n)</numerusform>
            <numerusform>The selected rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PDF of %n page(s), %1, will be written. Secrets are replaced by [REDACTED].</source>
        <translation>
            <numerusform>A PDF of %n page, %1, will be written. Secrets are replaced by [REDACTED].</numerusform>
            <numerusform>A PDF of %n pages, %1, will be written. Secrets are replaced by [REDACTED].</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::FailureLogWidget</name>
    <message numerus="yes">
        <source>%Ln failure(s)</source>
        <translation>
            <numerusform>%Ln failure</numerusform>
            <numerusform>%Ln failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in the team log</source>
        <translation>
            <numerusform>%Ln failure in the team log</numerusform>
            <numerusform>%Ln failures in the team log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::FailureText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::MainWindow</name>
    <message numerus="yes">
        <source>%n code(s) on the page: </source>
        <translation>
            <numerusform>%n code on the page: </numerusform>
            <numerusform>%n codes on the page: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new, </source>
        <translation>
            <numerusform>%n new, </numerusform>
            <numerusform>%n new, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a text that differs from the catalogue (both texts will be shown), </source>
        <translation>
            <numerusform>%n with a text that differs from the catalogue (both texts will be shown), </numerusform>
            <numerusform>%n with texts that differ from the catalogue (both texts will be shown), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unchanged.</numerusform>
            <numerusform>%n unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::ReportBuilder</name>
    <message numerus="yes">
        <source>%n selected record(s), from</source>
        <translation>
            <numerusform>%n selected record, from</numerusform>
            <numerusform>%n selected records, from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::ReportPagesView</name>
    <message numerus="yes">
        <source>The first %1 of %n page(s) are shown; the file holds all of them.</source>
        <translation>
            <numerusform>The first %1 of %n page is shown; the file holds all of them.</numerusform>
            <numerusform>The first %1 of %n pages are shown; the file holds all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::ResponseViewWidget</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::StoreWriter</name>
    <message numerus="yes">
        <source>The failure log is in use by another process (%1); %n call(s) wait to be written.</source>
        <translation>
            <numerusform>The failure log is in use by another process (%1); %n call waits to be written.</numerusform>
            <numerusform>The failure log is in use by another process (%1); %n calls wait to be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be written to the failure log and are lost: %1</source>
        <translation>
            <numerusform>%n call could not be written to the failure log and is lost: %1</numerusform>
            <numerusform>%n calls could not be written to the failure log and are lost: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::TeamPushStatusText</name>
    <message numerus="yes">
        <source>Team log: %n waiting</source>
        <translation>
            <numerusform>Team log: %n waiting</numerusform>
            <numerusform>Team log: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team log unreachable since %1 (%n waiting)</source>
        <translation>
            <numerusform>Team log unreachable since %1 (%n waiting)</numerusform>
            <numerusform>Team log unreachable since %1 (%n waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team log: not sending (%n waiting)</source>
        <translation>
            <numerusform>Team log: not sending (%n waiting)</numerusform>
            <numerusform>Team log: not sending (%n waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::cli::CatalogCommand</name>
    <message numerus="yes">
        <source>%n code(s) read</source>
        <translation>
            <numerusform>%n code read</numerusform>
            <numerusform>%n codes read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::cli::DecodeCommand</name>
    <message numerus="yes">
        <source>%n platform error(s) found.</source>
        <translation>
            <numerusform>%n platform error found.</numerusform>
            <numerusform>%n platform errors found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::cli::LogCommand</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n record to %1.
</numerusform>
            <numerusform>Wrote %n records to %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::cli::LogPush</name>
    <message numerus="yes">
        <source>%n record(s) wait to be sent.
</source>
        <translation>
            <numerusform>%n record waits to be sent.
</numerusform>
            <numerusform>%n records wait to be sent.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s) before that.
</source>
        <translation>
            <numerusform>Sent %n record before that.
</numerusform>
            <numerusform>Sent %n records before that.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s) to the team log %1.
</source>
        <translation>
            <numerusform>Sent %n record to the team log %1.
</numerusform>
            <numerusform>Sent %n records to the team log %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::cli::LookupCommand</name>
    <message numerus="yes">
        <source>%n code(s) match “%1”:</source>
        <translation>
            <numerusform>%n code matches “%1”:</numerusform>
            <numerusform>%n codes match “%1”:</numerusform>
        </translation>
    </message>
</context>
</TS>
