// Searching the whole API description per keystroke in the endpoint picker (issue 15 §2, target
// <= 2 ms median), measured offscreen in three parts: the search alone (OperationSearch), the
// picker's model (search + regrouping by area + reading the first rows), and the picker widget's
// reaction to its search field (model reset, the tree expanded again); the repaint of the
// visible rows afterwards is reported on its own (Qt's item painting). Medians in milliseconds.
// Run: QT_QPA_PLATFORM=offscreen build/bin/bench-endpoint-picker [rounds]
#include "ApiDescription.h"
#include "OperationSearch.h"
#include "console/EndpointPickerModel.h"
#include "console/EndpointPickerWidget.h"
#include "util/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

// What users type, one prefix per keystroke, then erased: paths, methods, operationIds, English
// and Chinese summaries, areas.
QStringList keystrokes()
{
    QStringList queries;
    for (const QString &word : { u"POST /v2/product/{product_id}/device"_s, u"listAlertRules"_s,
             u"delete a device"_s, u"设备告警"_s, u"firmware upgrade"_s, u"home"_s }) {
        for (qsizetype i = 1; i <= word.size(); ++i)
            queries.append(word.first(i));
        for (qsizetype i = word.size() - 1; i >= 0; --i)
            queries.append(word.first(i));
    }
    return queries;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min(samples.size() - 1, qsizetype(p * double(samples.size()))));
}

void report(const char *name, const QList<double> &samples)
{
    std::printf("%-52s median %7.3f ms   p95 %7.3f ms   max %7.3f ms   (%lld keystrokes)\n", name,
        median(samples), percentile(samples, 0.95),
        *std::max_element(samples.cbegin(), samples.cend()), qlonglong(samples.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Translations::install(Language::English);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const QStringList queries = keystrokes();
    QElapsedTimer timer;
    timer.start();
    const ApiDescription &description = ApiDescription::builtin();
    std::printf("description: %lld operations, read in %.1f ms (once, on first use)\n",
        qlonglong(description.operations().size()), double(timer.nsecsElapsed()) / 1e6);

    QList<double> searchSamples;
    {
        const OperationSearch search(description);
        for (int round = 0; round < rounds; ++round) {
            for (const QString &query : queries) {
                timer.start();
                const QList<qsizetype> found = search.search(query);
                searchSamples.append(double(timer.nsecsElapsed()) / 1e6);
                (void)found;
            }
        }
    }

    QList<double> modelSamples;
    {
        EndpointPickerModel model;
        model.setDescription(&description);
        for (int round = 0; round < rounds; ++round) {
            for (const QString &query : queries) {
                timer.start();
                model.setQuery(query);
                // Read what a view reads first.
                const QModelIndex first = model.firstOperation();
                if (first.isValid())
                    (void)model.data(first);
                modelSamples.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }

    QList<double> widgetSamples;
    QList<double> paintSamples;
    {
        EndpointPickerWidget picker;
        picker.resize(320, 640);
        picker.show();
        QApplication::processEvents();
        for (int round = 0; round < rounds; ++round) {
            for (const QString &query : queries) {
                timer.start();
                picker.searchField()->setText(query);
                widgetSamples.append(double(timer.nsecsElapsed()) / 1e6);
                timer.start();
                picker.resultView()->viewport()->repaint();
                paintSamples.append(double(timer.nsecsElapsed()) / 1e6);
                QApplication::processEvents();
            }
        }
    }

    report("search (OperationSearch)", searchSamples);
    report("picker model (search + group by area)", modelSamples);
    report("picker widget (model + tree expanded)", widgetSamples);
    report("result tree repaint after the keystroke", paintSamples);
    const double result = median(widgetSamples);
    std::printf("\nper keystroke: %.3f ms median (target <= 2 ms): %s\n", result,
        result <= 2.0 ? "PASS" : "FAIL");
    return result <= 2.0 ? 0 : 1;
}
