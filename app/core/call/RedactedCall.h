#pragma once

#include "call/CallRecord.h"

#include <QMetaType>

namespace xlink {

// A call record whose secrets have been replaced (see Redactor): the only form in which a
// record may reach the failure log, its queue, a spill file, the history or a report.
//
// The type is the guarantee that a record is redacted exactly once. The pipeline redacts each
// exchange once (HttpExchange, off the GUI thread for large bodies) and hands the result on as
// a RedactedCall, which passes through the log's entry points untouched; a plain CallRecord
// from anywhere else (a test, a spill file read back, the team log's rows, a record built by
// hand) becomes one only through the converting constructor, which redacts it. The
// conversion is implicit on purpose: every entry point that takes a RedactedCall also accepts
// a raw record and is then safe with it, so there is no entry point that can forget to redact.
class RedactedCall final
{
public:
    RedactedCall() = default;
    // Redacts `record` (Redactor::redact): the one place a whole record is redacted.
    RedactedCall(CallRecord record); // NOLINT(google-explicit-constructor): see above
    // Also masks `secretValues` wherever they appear (Redactor::redact with values).
    RedactedCall(CallRecord record, const QList<QByteArray> &secretValues);

    const CallRecord &record() const { return m_record; }
    // Read as a record wherever one is expected (views, signals that carry CallRecord).
    operator const CallRecord &() const { return m_record; } // NOLINT
    const CallRecord *operator->() const { return &m_record; }

    // Registers the conversion to CallRecord with Qt's meta-type system, so that a queued
    // signal or QSignalSpy argument holding a RedactedCall reads as a CallRecord
    // (`value<CallRecord>()`). Idempotent.
    static void registerMetaType();

    // How many records this process has redacted so far: what shows that a call through the
    // pipeline is redacted once, not again by each of its destinations (tests, diagnostics).
    static quint64 redactionCount();

private:
    CallRecord m_record;
};

} // namespace xlink

Q_DECLARE_METATYPE(xlink::RedactedCall)
