# Generated from ui/notice_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        NoticeDialog.resize(560, 520)
        self.column = QVBoxLayout(NoticeDialog)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.titleLabel = QLabel(NoticeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NoticeDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleMessage = QLabel(NoticeDialog)
        self.titleMessage.setObjectName(u"titleMessage")
        self.titleMessage.setText(u"")
        self.titleMessage.setWordWrap(True)
        self.titleMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleMessage)

        self.bodyLabel = QLabel(NoticeDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(NoticeDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)
        self.bodyEdit.setMinimumSize(QSize(0, 96))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.bodyMessage = QLabel(NoticeDialog)
        self.bodyMessage.setObjectName(u"bodyMessage")
        self.bodyMessage.setText(u"")
        self.bodyMessage.setWordWrap(True)
        self.bodyMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bodyMessage)

        self.validLabel = QLabel(NoticeDialog)
        self.validLabel.setObjectName(u"validLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.validLabel)

        self.validEdit = QLineEdit(NoticeDialog)
        self.validEdit.setObjectName(u"validEdit")
        self.validEdit.setMaxLength(10)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.validEdit)

        self.validMessage = QLabel(NoticeDialog)
        self.validMessage.setObjectName(u"validMessage")
        self.validMessage.setText(u"")
        self.validMessage.setWordWrap(True)
        self.validMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.validMessage)

        self.precinctLabel = QLabel(NoticeDialog)
        self.precinctLabel.setObjectName(u"precinctLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.precinctLabel)

        self.precinctList = QListWidget(NoticeDialog)
        self.precinctList.setObjectName(u"precinctList")
        self.precinctList.setMaximumSize(QSize(16777215, 140))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.precinctList)

        self.precinctHint = QLabel(NoticeDialog)
        self.precinctHint.setObjectName(u"precinctHint")
        self.precinctHint.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.precinctHint)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(NoticeDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttons = QDialogButtonBox(NoticeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.validLabel.setBuddy(self.validEdit)
        self.precinctLabel.setBuddy(self.precinctList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"New wanted notice", None))
        self.titleLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("NoticeDialog", u"Title of the notice", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("NoticeDialog", u"Te&xt", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("NoticeDialog", u"Text of the notice", None))
#endif // QT_CONFIG(accessibility)
        self.validLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Valid until", None))
#if QT_CONFIG(accessibility)
        self.validEdit.setAccessibleName(QCoreApplication.translate("NoticeDialog", u"Valid until", None))
#endif // QT_CONFIG(accessibility)
        self.validEdit.setPlaceholderText(QCoreApplication.translate("NoticeDialog", u"DD.MM.YYYY", None))
        self.precinctLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Precincts", None))
#if QT_CONFIG(accessibility)
        self.precinctList.setAccessibleName(QCoreApplication.translate("NoticeDialog", u"Precincts the notice is for", None))
#endif // QT_CONFIG(accessibility)
        self.precinctHint.setText(QCoreApplication.translate("NoticeDialog", u"Tick none to send it to every precinct.", None))
    # retranslateUi

