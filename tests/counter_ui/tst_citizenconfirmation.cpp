#include "CounterUiTestSupport.h"

#include "counter/ui/BilingualLabel.h"
#include "counter/ui/CitizenConfirmationWindow.h"

#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QPointer>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

namespace {

// The address of a person under a support measure; no part of it may reach the citizen screen.
const QString kAddress = QStringLiteral("東京都千代田区霞が関一丁目2番3号 秘匿マンション405");
const QString kAddressPart = QStringLiteral("霞が関");

ConfirmationField nameField(const QString& value)
{
    return {QStringLiteral("name"), {QStringLiteral("氏名"), QStringLiteral("Name")}, value, true, false};
}

ConfirmationField birthField()
{
    return {QStringLiteral("birthDate"),
            {QStringLiteral("生年月日"), QStringLiteral("Date of birth")},
            QStringLiteral("昭和55年4月1日"),
            false,
            false};
}

ConfirmationField addressField(bool hidden, const QString& value = kAddress)
{
    return {
        QStringLiteral("address"), {QStringLiteral("住所"), QStringLiteral("Address")}, value, true, hidden};
}

ConfirmationField movingField(const QString& value)
{
    return {QStringLiteral("movingDate"),
            {QStringLiteral("異動日"), QStringLiteral("Date of moving")},
            value,
            false,
            false};
}

} // namespace

class TestCitizenConfirmation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const Status fonts = realFonts()->verify();
        QVERIFY2(fonts, fonts ? "" : qPrintable(fonts.error().toString()));
    }

    void showsTitleAndRows()
    {
        CitizenConfirmationWindow window(realFonts(), japaneseCatalogue());
        QVERIFY(window.isWindow());
        QCOMPARE(window.windowTitle(), QStringLiteral("内容をご確認ください / Please check the details"));
        const auto* empty = window.findChild<BilingualLabel*>(QStringLiteral("confirmationEmpty"));
        QVERIFY(empty->isVisibleTo(&window));

        window.setFields({nameField(kuzuShiro() + QStringLiteral(" 太郎")), birthField(),
                          movingField(QStringLiteral("令和7年4月1日"))});
        QVERIFY(!empty->isVisibleTo(&window));
        auto* name = qobject_cast<NameView*>(window.valueWidget(QStringLiteral("name")));
        QVERIFY2(name, "a name goes through NameView");
        QCOMPARE(name->text().toUcs4(), QString(kuzuShiro() + QStringLiteral(" 太郎")).toUcs4());
        QCOMPARE(name->role(), FontRole::Name);
        QCOMPARE(name->accessibleName().toUcs4(), name->text().toUcs4());
        auto* birth = qobject_cast<QLabel*>(window.valueWidget(QStringLiteral("birthDate")));
        QVERIFY(birth);
        QCOMPARE(birth->text(), QStringLiteral("昭和55年4月1日"));
        QCOMPARE(birth->textFormat(), Qt::PlainText);
        QVERIFY(birth->accessibleDescription().contains(QStringLiteral("生年月日")));
        QVERIFY(!window.valueWidget(QStringLiteral("nothing")));

        const QStringList labels = [&] {
            QStringList list;
            for (const BilingualLabel* label :
                 window.findChildren<BilingualLabel*>(QStringLiteral("confirmationLabel")))
                list.append(label->text().joined());
            return list;
        }();
        QVERIFY(labels.contains(QStringLiteral("氏名 / Name")));
        QVERIFY(labels.contains(QStringLiteral("異動日 / Date of moving")));

        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Very large type: the values are several times the clerk's 9–10 pt.
        QVERIFY(name->pixelSize() >= 40);
        QVERIFY(birth->font().pixelSize() >= 40);
        QVERIFY(name->lineRect().isValid());
        QVERIFY(name->errorText().isEmpty());
    }

    void updatesLiveInPlace()
    {
        CitizenConfirmationWindow window(realFonts(), japaneseCatalogue());
        window.setFields({nameField(QStringLiteral("葛")), birthField(), movingField(QString())});
        QPointer<QWidget> name = window.valueWidget(QStringLiteral("name"));
        QPointer<QWidget> moving = window.valueWidget(QStringLiteral("movingDate"));

        // The clerk types: the same widgets show the new text.
        window.updateField(nameField(QStringLiteral("葛城")));
        window.updateField(movingField(QStringLiteral("令和7年4月")));
        QCOMPARE(window.valueWidget(QStringLiteral("name")), name.data());
        QCOMPARE(qobject_cast<NameView*>(name.data())->text(), QStringLiteral("葛城"));
        QCOMPARE(qobject_cast<QLabel*>(moving.data())->text(), QStringLiteral("令和7年4月"));
        QCOMPARE(window.fields().size(), 3);

        // A new field is added at the end.
        window.updateField({QStringLiteral("kind"),
                            {QStringLiteral("届出人"), QStringLiteral("Notifier")},
                            QStringLiteral("本人"),
                            false,
                            false});
        QCOMPARE(window.fields().size(), 4);
        QCOMPARE(window.fields().constLast().id, QStringLiteral("kind"));
        QCOMPARE(qobject_cast<QLabel*>(window.valueWidget(QStringLiteral("kind")))->text(),
                 QStringLiteral("本人"));

        window.clear();
        QVERIFY(window.fields().isEmpty());
        QVERIFY(name.isNull());
        QVERIFY(window.findChild<BilingualLabel*>(QStringLiteral("confirmationEmpty"))->isVisibleTo(&window));
    }

    void restrictedAddressIsNeverHeldOrShown()
    {
        CitizenConfirmationWindow window(realFonts(), japaneseCatalogue());
        window.setFields({nameField(QStringLiteral("山田 花子")), addressField(true), birthField()});

        // Not held: the field as kept has no value.
        QCOMPARE(window.fields().size(), 3);
        QCOMPARE(window.fields().at(1).id, QStringLiteral("address"));
        QVERIFY(window.fields().at(1).hidden);
        QVERIFY(window.fields().at(1).value.isEmpty());

        // Shown as "not shown", in both languages, with its label.
        auto* notShown = qobject_cast<BilingualLabel*>(window.valueWidget(QStringLiteral("address")));
        QVERIFY(notShown);
        QCOMPARE(notShown->text().ja, QStringLiteral("（表示しません）"));
        QCOMPARE(notShown->text().en, QStringLiteral("(not shown)"));
        QVERIFY(window.findChildren<NameView*>().size() == 1); // the name only

        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList texts = allTexts(&window);
        QVERIFY(anyContains(texts, QStringLiteral("山田 花子"))); // the collection sees the rows
        QVERIFY(anyContains(texts, QStringLiteral("（表示しません）")));
        QVERIFY2(!anyContains(texts, kAddressPart), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(!anyContains(texts, kAddress));

        // Not a pixel of it: the window draws exactly what it draws without the text.
        CitizenConfirmationWindow blank(realFonts(), japaneseCatalogue());
        blank.setFields(
            {nameField(QStringLiteral("山田 花子")), addressField(true, QString()), birthField()});
        blank.resize(1280, 800);
        blank.show();
        QVERIFY(QTest::qWaitForWindowExposed(&blank));
        QCOMPARE(window.grab().toImage(), blank.grab().toImage());

        // And the comparison can tell: with the row shown, the picture differs.
        CitizenConfirmationWindow shown(realFonts(), japaneseCatalogue());
        shown.setFields({nameField(QStringLiteral("山田 花子")), addressField(false), birthField()});
        shown.resize(1280, 800);
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        QVERIFY(shown.grab().toImage() != blank.grab().toImage());
        QVERIFY(anyContains(allTexts(&shown), kAddressPart));
    }

    void addressThatBecomesRestrictedDisappearsAtOnce()
    {
        CitizenConfirmationWindow window(realFonts(), japaneseCatalogue());
        window.setFields({nameField(QStringLiteral("山田 花子")), addressField(false)});
        QPointer<QWidget> address = window.valueWidget(QStringLiteral("address"));
        QVERIFY(qobject_cast<NameView*>(address.data()));
        QVERIFY(anyContains(allTexts(&window), kAddressPart));

        // The resident record arrives with the restriction: the row's widget is gone now, not later.
        window.updateField(addressField(true));
        QVERIFY(address.isNull());
        QVERIFY(qobject_cast<BilingualLabel*>(window.valueWidget(QStringLiteral("address"))));
        QVERIFY(!anyContains(allTexts(&window), kAddressPart));
        QVERIFY(window.fields().at(1).value.isEmpty());

        // Live edits of a hidden field never bring the text back.
        window.updateField(addressField(true, kAddress + QStringLiteral("号室")));
        QVERIFY(!anyContains(allTexts(&window), kAddressPart));
        window.setFields({nameField(QStringLiteral("山田 花子")), addressField(true)});
        QVERIFY(!anyContains(allTexts(&window), kAddressPart));
    }

    void readableAtBothSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void readableAtBothSizes()
    {
        QFETCH(QSize, size);
        CitizenConfirmationWindow window(realFonts(), japaneseCatalogue());
        QList<ConfirmationField> fields{
            nameField(kuzuShiro() + QStringLiteral(" 太郎")), birthField(),
            addressField(false, QStringLiteral("東京都千代田区霞が関一丁目2番3号")),
            movingField(QStringLiteral("令和7年4月1日"))};
        for (int i = 0; i < 6; ++i)
            fields.append({QStringLiteral("extra%1").arg(i),
                           {QStringLiteral("項目%1").arg(i), QString()},
                           QStringLiteral("値%1").arg(i),
                           false,
                           false});
        window.setFields(fields);
        showAndCheckFits(window, size);
        if (QTest::currentTestFailed())
            return;
        (void)window.grab(); // NameView fits its line when it paints
        auto* name = qobject_cast<NameView*>(window.valueWidget(QStringLiteral("name")));
        QVERIFY(!name->isElided());
        QVERIFY(name->pixelSize() >= 24);
    }
};

QTEST_MAIN(TestCitizenConfirmation)
#include "tst_citizenconfirmation.moc"
