#include "DocumentsUiTestSupport.h"

#include "common/AuditLog.h"
#include "common/Database.h"
#include "common/StaffDirectory.h"
#include "documents/ui/NameItemDelegate.h"
#include "documents/ui/NameLineEdit.h"
#include "documents/ui/NameView.h"
#include "documents/ui/SupervisorApprovalDialog.h"
#include "documents/ui/VariantPicker.h"
#include "documents/ui/VariantWarningDialog.h"

#include <QApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace madoguchi;
using namespace madoguchi::test;

// The pictures of docs/documents.md ("On screen"). Run with
//   MADOGUCHI_SCREENSHOT_DIR=$PWD/docs/images tests/scripts/isolated.sh
//   build/<dir>/bin/tst_documentsui_screenshots
// to refresh them; without the variable they go to a temporary directory and are only checked.
class TestDocumentsUiScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;

    void save(QWidget* widget, const QString& name)
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        const QString path = m_dir + u'/' + name;
        QVERIFY2(widget->grab().save(path, "PNG"), qPrintable(path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 50);
        qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR", m_tmp.path());
        Status fonts = realFonts()->verify();
        QVERIFY2(fonts, fonts ? "" : qPrintable(fonts.error().toString()));
    }

    void nameViews()
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("NameView"));
        auto* form = new QFormLayout;
        const auto addView = [&](const QString& label, const QString& text) {
            auto* view = new NameView(realFonts(), &window);
            QFont font = view->font();
            font.setPixelSize(28);
            view->setFont(font);
            view->setText(text);
            form->addRow(label, view);
        };
        addView(QStringLiteral("氏名"), kuzuShiro() + QStringLiteral(" 太郎"));
        addView(QStringLiteral("氏名"), tsuji() + QStringLiteral(" 花子"));
        addView(QStringLiteral("氏名"), QString::fromUcs4(U"\U00020BB7野 髙橋 﨑山"));
        addView(QStringLiteral("未登録"), kuzuUnregistered() + QStringLiteral(" 次郎"));

        auto* model = new QStandardItemModel(0, 2, &window);
        model->setHorizontalHeaderLabels({QStringLiteral("氏名"), QStringLiteral("生年月日")});
        for (const QString& name :
             QStringList{kuzuShiro() + QStringLiteral(" 太郎"), tsuji() + QStringLiteral(" 花子"),
                         QStringLiteral("葛城 太郎"), kuzuUnregistered() + QStringLiteral(" 次郎")})
            model->appendRow({new QStandardItem(name), new QStandardItem(QStringLiteral("1980-04-01"))});
        auto* table = new QTableView(&window);
        table->setModel(model);
        table->setItemDelegateForColumn(0, new NameItemDelegate(realFonts(), table));
        QFont tableFont = table->font();
        tableFont.setPixelSize(20);
        table->setFont(tableFont);
        table->resizeColumnsToContents();
        table->resizeRowsToContents();
        table->selectRow(1);
        table->setMinimumHeight(table->verticalHeader()->length() + table->horizontalHeader()->height() + 4);

        auto* layout = new QVBoxLayout(&window);
        layout->addLayout(form);
        layout->addWidget(table);
        window.resize(520, 420);
        save(&window, QStringLiteral("documents-nameview.png"));
    }

    void picker()
    {
        // The field and, under it, the picker it opened: a popup is a window of its own, so the
        // two grabs are put together into one picture.
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* edit = new NameLineEdit(realFonts(), &window);
        edit->setText(QStringLiteral("葛城"));
        edit->setCursorPosition(1);
        layout->addWidget(edit);
        window.resize(360, window.sizeHint().height());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_F4);
        VariantPicker* picker = edit->picker();
        QVERIFY(picker->isVisible());
        picker->grid()->setCurrentRow(3);
        const QImage field = window.grab().toImage();
        const QImage popup = picker->grab().toImage();
        QImage both(std::max(field.width(), popup.width() + 12), field.height() + popup.height(),
                    QImage::Format_ARGB32_Premultiplied);
        both.fill(window.palette().color(QPalette::Window));
        QPainter painter(&both);
        painter.drawImage(0, 0, field);
        painter.drawImage(12, field.height(), popup);
        painter.end();
        picker->hide();
        const QString path = m_dir + QStringLiteral("/documents-variant-picker.png");
        QVERIFY(both.save(path, "PNG"));
        qInfo("wrote %s (%dx%d)", qPrintable(path), both.width(), both.height());
    }

    void warningDialog()
    {
        auto checker = VariantChecker::forRole(*realFonts());
        QVERIFY(checker);
        VariantWarningDialog dialog(realFonts(), checker.value().report(kuzuUnregistered()).unregistered());
        dialog.adjustSize();
        save(&dialog, QStringLiteral("documents-variant-warning.png"));
    }

    void approvalDialog()
    {
        DatabaseConfig config;
        config.sqlitePath = m_tmp.filePath(QStringLiteral("staff.sqlite"));
        auto db = Database::open(config, {AuditLog::migrations(), StaffDirectory::migrations()});
        QVERIFY(db);
        AuditLog audit(*db.value());
        StaffDirectory staff(*db.value(), audit, 1000);
        auto clerk = staff.createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk,
                                         QStringLiteral("kuyakusho-2025"));
        QVERIFY(clerk);
        auto checker = VariantChecker::forRole(*realFonts());
        QVERIFY(checker);
        SupervisorApprovalDialog dialog(staff, realFonts());
        bool replied = false;
        dialog.requestApproval(ApprovalRequest{QStringLiteral("residence-certificate/2025-000001"),
                                               QStringLiteral("住民票の写し"), clerk.value(),
                                               checker.value().report(kuzuUnregistered()).unregistered()},
                               [&replied](const ApprovalDecision&) { replied = true; });
        dialog.loginEdit()->setText(QStringLiteral("tanaka"));
        dialog.passwordEdit()->setText(QStringLiteral("kuyakusho-2025"));
        dialog.reasonEdit()->setText(QStringLiteral("戸籍で確認済み"));
        dialog.accept(); // shows the inline error for the requesting clerk
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.adjustSize();
        save(&dialog, QStringLiteral("documents-supervisor-approval.png"));
        dialog.reject();
        QVERIFY(replied);
    }
};

QTEST_MAIN(TestDocumentsUiScreenshots)
#include "tst_documentsui_screenshots.moc"
