// Figure 5 of issue 8: a message thread of 10,000 messages (mixed lengths, rich text as the API sends it with
// trim_osm_rich_text_label=false, some attachments, both sides) in ui::MessageThreadView, offscreen.
//   first-paint : the messages arrive in the model (MessageThreadModel::showCached, the start-up path of a
//                 cached thread: sanitising included) until the view's first paint has finished; the model
//                 makes rows of the newest page only (its page size, 20), the rest wait for loadOlder()
//   older-all   : every waiting page brought in through loadOlder() as scrolling to the top would (each
//                 inserted at the top and laid out), so that the figures below cover all 10,000 rows
//   scroll      : from the top to the bottom, one viewport height per step, each step painted
//   relayout    : the view made 10% narrower and painted again (every bubble re-wraps)
//   memory      : heap held by the filled model and the laid-out view, per message
#include "BenchSupport.h"

#include "delegates/MessageDelegate.h"
#include "models/MessageThreadModel.h"
#include "widgets/MessageThreadView.h"

#include <QApplication>
#include <QTimeZone>
#include <QPaintEvent>
#include <QScrollBar>

using namespace osm;

namespace {

constexpr int kMessages = 10000;

// Paragraphs of varied length, some bold, italic, a link, a list; Chinese and English.
QString richContent(int n)
{
    static const QStringList sentences = {
        QStringLiteral("The instance does not answer on port 22 since the last reboot."),
        QStringLiteral("请提供实例 ID 和出现问题的时间段，我们会尽快排查。"),
        QStringLiteral("We have raised the bandwidth limit; please check whether the transfer completes now."),
        QStringLiteral("扩容失败，提示配额不足。"),
        QStringLiteral("Logs attached."),
        QStringLiteral("The snapshot policy runs at 02:00 UTC and keeps seven copies; older ones are removed."),
    };
    QString html = QStringLiteral("<div class=\"osm-rich-text\">");
    const int paragraphs = 1 + n % 4 + (n % 17 == 0 ? 6 : 0); // a long one now and then
    for (int p = 0; p < paragraphs; ++p) {
        html += QStringLiteral("<p>");
        for (int s = 0; s < 1 + (n + p) % 3; ++s) {
            const QString sentence = sentences.at((n * 3 + p * 5 + s) % sentences.size()).toHtmlEscaped();
            html += (n + s) % 5 == 0 ? QStringLiteral("<b>%1</b> ").arg(sentence) : sentence + QLatin1Char(' ');
        }
        if ((n + p) % 7 == 0)
            html += QStringLiteral("<a href=\"https://support.huaweicloud.com/ecs/faq-%1.html\">FAQ %1</a>").arg(n % 97);
        html += QStringLiteral("</p>");
    }
    if (n % 11 == 0)
        html += QStringLiteral("<ul><li>step one</li><li><i>step two</i></li><li>步骤三</li></ul>");
    return html + QStringLiteral("</div>");
}

QList<Message> thread()
{
    QList<Message> messages;
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc());
    for (int n = 0; n < kMessages; ++n) {
        Message m;
        m.type = n % 3 == 0 ? Message::SupportMessage : Message::CustomerMessage;
        m.replier = m.type ? QStringLiteral("engineer-7") : QStringLiteral("user-1");
        m.replierName = m.type ? QStringLiteral("华为云技术支持") : QStringLiteral("Ops Team");
        m.content = richContent(n);
        m.createTime = start.addSecs(qint64(n) * 600);
        m.messageId = QStringLiteral("msg-%1").arg(n, 6, 10, QLatin1Char('0'));
        m.displayType = n % 97 == 5 ? QString(Message::DisplayQaBot) : QString(Message::DisplayNormal);
        if (n % 13 == 0) {
            Accessory a;
            a.accessoryId = QStringLiteral("acc-%1").arg(n);
            a.fileActualName = QStringLiteral("diagnostics-%1.zip").arg(n);
            m.accessories.append(a);
        }
        messages.append(m);
    }
    return messages;
}

// The thread view, timing the end of its paints.
class TimedView : public ui::MessageThreadView
{
public:
    QElapsedTimer clock;
    qint64 lastPaintEndNs = -1;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ui::MessageThreadView::paintEvent(event);
        lastPaintEndNs = clock.nsecsElapsed();
        ++paints;
    }
};

double paintedAfter(TimedView &view, const std::function<void()> &change)
{
    view.paints = 0;
    view.clock.start();
    change();
    bench::spinUntil([&] { return view.paints > 0; }, 600000);
    return double(view.lastPaintEndNs) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QList<Message> messages = thread();
    const int reps = bench::repetitions(3);

    QList<double> firstPaint, fillOnly, olderAll, scroll, relayout;
    int firstRows = 0;
    double perMessage = 0;
    int pages = 0;
    for (int rep = 0; rep < reps; ++rep) {
        const qint64 heapBefore = bench::heapInUse();
        auto *model = new ui::MessageThreadModel;
        TimedView view;
        view.resize(900, 700);
        view.setThreadModel(model);
        view.show();
        bench::spinUntil([&] { return view.paints > 0; }); // the empty view is on screen
        QElapsedTimer fill;
        firstPaint.append(paintedAfter(view, [&] {
            fill.start();
            model->showCached(messages);
            fillOnly.append(double(fill.nsecsElapsed()) / 1e6);
        }));
        firstRows = model->rowCount();
        QElapsedTimer older;
        older.start();
        while (model->canLoadOlder())
            model->loadOlder();
        QCoreApplication::processEvents();
        olderAll.append(double(older.nsecsElapsed()) / 1e6);
        if (model->rowCount() != kMessages)
            std::fprintf(stderr, "bench_thread: %d rows after loading every older page\n", model->rowCount());
        perMessage = double(bench::heapInUse() - heapBefore) / kMessages;

        // Top to bottom, one viewport per step, each step painted before the next.
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(0);
        view.viewport()->repaint();
        QElapsedTimer clock;
        clock.start();
        pages = 0;
        while (bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + view.viewport()->height());
            view.viewport()->repaint();
            ++pages;
        }
        scroll.append(double(clock.nsecsElapsed()) / 1e6);

        relayout.append(paintedAfter(view, [&] { view.resize(810, 700); }));
        view.hide();
        delete model;
    }
    std::printf("# %d messages (%d rows at first), %d pages of %d px scrolled, model fill alone %.1f ms\n", kMessages,
                firstRows, pages, 700, bench::median(fillOnly));
    const double first = bench::median(firstPaint);
    bench::report("5.thread.first-paint", first, "ms", "<=200 ms", first / 200.0, bench::verdict(first <= 200));
    bench::report("5.thread.older-all", bench::median(olderAll), "ms", "- (every cached page loaded)");
    const double scrollMs = bench::median(scroll);
    bench::report("5.thread.scroll-top-to-bottom", scrollMs, "ms", "- (all pages painted)");
    bench::report("5.thread.scroll-per-page", scrollMs / std::max(1, pages), "ms", "-");
    bench::report("5.thread.relayout-width", bench::median(relayout), "ms", "- (view 10% narrower)");
    bench::report("5.thread.memory-per-message", perMessage, "B/msg", "-");
    return 0;
}
