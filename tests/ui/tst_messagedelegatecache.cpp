// MessageDelegate keeps each row's laid-out document (issue 8, figure 5). What it answers from the cache must be
// what a delegate that never saw the row answers, wherever the row is painted, and a change to the row (withdrawn,
// another width) must not be answered from an outdated entry.
#include "delegates/MessageDelegate.h"
#include "models/MessageThreadModel.h"

#include <QApplication>
#include <QTimeZone>
#include <QTest>

using namespace osm;
using osm::ui::MessageDelegate;
using osm::ui::MessageThreadModel;

class TestMessageDelegateCache : public QObject
{
    Q_OBJECT

    static QList<Message> messages()
    {
        QList<Message> list;
        for (int n = 0; n < 4; ++n) {
            Message m;
            m.type = n % 2 ? Message::SupportMessage : Message::CustomerMessage;
            m.replierName = QStringLiteral("Author %1").arg(n);
            m.messageId = QStringLiteral("m-%1").arg(n);
            m.createTime = QDateTime(QDate(2026, 3, 1), QTime(10, n), QTimeZone::utc());
            m.content = QStringLiteral("<div class=\"osm-rich-text\"><p>%1</p></div>")
                            .arg(QStringLiteral("A fairly long line of text that wraps when the bubble is narrow. ").repeated(n + 1));
            if (n == 3)
                m.displayType = QString(Message::DisplayAuth);
            list.append(m);
        }
        return list;
    }

    static QStyleOptionViewItem option(int width, int top)
    {
        QStyleOptionViewItem o;
        o.rect = QRect(0, top, width, 100);
        o.font = QApplication::font();
        o.fontMetrics = QFontMetrics(o.font);
        return o;
    }

private Q_SLOTS:
    void cachedAnswersEqualFreshOnesAnywhere()
    {
        MessageThreadModel model;
        model.showCached(messages());
        MessageDelegate cached;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QSize size = cached.sizeHint(option(600, 0), index);
            // The same row further down the view: same size, button moved by as much.
            QCOMPARE(cached.sizeHint(option(600, 400), index), size);
            MessageDelegate fresh;
            QCOMPARE(fresh.sizeHint(option(600, 400), index), size);
            QCOMPARE(cached.actionRect(option(600, 400), index), fresh.actionRect(option(600, 400), index));
            if (row == 3) {
                const QRect atTop = cached.actionRect(option(600, 0), index);
                QVERIFY(!atTop.isEmpty());
                QCOMPARE(cached.actionRect(option(600, 400), index), atTop.translated(0, 400));
            }
        }
    }

    void widthAndChangesAreNotAnsweredFromTheCache()
    {
        MessageThreadModel model;
        model.showCached(messages());
        MessageDelegate delegate;
        const QModelIndex longest = model.index(2);
        const QSize wide = delegate.sizeHint(option(900, 0), longest);
        const QSize narrow = delegate.sizeHint(option(300, 0), longest);
        QVERIFY(narrow.height() > wide.height()); // re-wrapped, not the wide row's height
        QCOMPARE(delegate.sizeHint(option(900, 0), longest), wide);

        // Withdrawn: one short italic line instead of the text; the cached height must not survive.
        model.setWithdrawn(QStringLiteral("m-2"));
        const QSize withdrawn = delegate.sizeHint(option(300, 0), longest);
        QVERIFY(withdrawn.height() < narrow.height());
        MessageDelegate fresh;
        QCOMPARE(fresh.sizeHint(option(300, 0), longest), withdrawn);
        // The AUTH row's button goes once withdrawn, too.
        model.setWithdrawn(QStringLiteral("m-3"));
        QVERIFY(delegate.actionRect(option(600, 0), model.index(3)).isEmpty());
    }
};

QTEST_MAIN(TestMessageDelegateCache)
#include "tst_messagedelegatecache.moc"
