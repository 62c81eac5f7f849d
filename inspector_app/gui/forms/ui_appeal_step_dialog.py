# Generated from ui/appeal_step_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_step_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealStepDialog(object):
    def setupUi(self, AppealStepDialog):
        if not AppealStepDialog.objectName():
            AppealStepDialog.setObjectName(u"AppealStepDialog")
        AppealStepDialog.resize(520, 480)
        self.column = QVBoxLayout(AppealStepDialog)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.subjectLabel = QLabel(AppealStepDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setText(u"")
        self.subjectLabel.setWordWrap(True)
        self.subjectLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.subjectLabel)

        self.ruleLabel = QLabel(AppealStepDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.ruleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.dateLabel = QLabel(AppealStepDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(AppealStepDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(10)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateMessage = QLabel(AppealStepDialog)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setText(u"")
        self.dateMessage.setWordWrap(True)
        self.dateMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateMessage)

        self.textLabel = QLabel(AppealStepDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(AppealStepDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.textMessage = QLabel(AppealStepDialog)
        self.textMessage.setObjectName(u"textMessage")
        self.textMessage.setText(u"")
        self.textMessage.setWordWrap(True)
        self.textMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.textMessage)

        self.authorLabel = QLabel(AppealStepDialog)
        self.authorLabel.setObjectName(u"authorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(AppealStepDialog)
        self.authorEdit.setObjectName(u"authorEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authorEdit)

        self.authorMessage = QLabel(AppealStepDialog)
        self.authorMessage.setObjectName(u"authorMessage")
        self.authorMessage.setText(u"")
        self.authorMessage.setWordWrap(True)
        self.authorMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authorMessage)

        self.onLabel = QLabel(AppealStepDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onEdit = QLineEdit(AppealStepDialog)
        self.onEdit.setObjectName(u"onEdit")
        self.onEdit.setMaxLength(10)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.onEdit)

        self.onMessage = QLabel(AppealStepDialog)
        self.onMessage.setObjectName(u"onMessage")
        self.onMessage.setText(u"")
        self.onMessage.setWordWrap(True)
        self.onMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.onMessage)

        self.lateLabel = QLabel(AppealStepDialog)
        self.lateLabel.setObjectName(u"lateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lateLabel)

        self.lateEdit = QLineEdit(AppealStepDialog)
        self.lateEdit.setObjectName(u"lateEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lateEdit)

        self.lateMessage = QLabel(AppealStepDialog)
        self.lateMessage.setObjectName(u"lateMessage")
        self.lateMessage.setText(u"")
        self.lateMessage.setWordWrap(True)
        self.lateMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lateMessage)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(AppealStepDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttons = QDialogButtonBox(AppealStepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.authorLabel.setBuddy(self.authorEdit)
        self.onLabel.setBuddy(self.onEdit)
        self.lateLabel.setBuddy(self.lateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppealStepDialog)
    # setupUi

    def retranslateUi(self, AppealStepDialog):
        AppealStepDialog.setWindowTitle(QCoreApplication.translate("AppealStepDialog", u"Appeal", None))
        self.dateLabel.setText(QCoreApplication.translate("AppealStepDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AppealStepDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("AppealStepDialog", u"DD.MM.YYYY", None))
        self.textLabel.setText(QCoreApplication.translate("AppealStepDialog", u"&Text", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("AppealStepDialog", u"Text", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("AppealStepDialog", u"&Authorised by", None))
#if QT_CONFIG(accessibility)
        self.authorEdit.setAccessibleName(QCoreApplication.translate("AppealStepDialog", u"Who authorised the extension", None))
#endif // QT_CONFIG(accessibility)
        self.authorEdit.setPlaceholderText(QCoreApplication.translate("AppealStepDialog", u"Name, position", None))
        self.onLabel.setText(QCoreApplication.translate("AppealStepDialog", u"Decided &on", None))
#if QT_CONFIG(accessibility)
        self.onEdit.setAccessibleName(QCoreApplication.translate("AppealStepDialog", u"The day the head decided", None))
#endif // QT_CONFIG(accessibility)
        self.onEdit.setPlaceholderText(QCoreApplication.translate("AppealStepDialog", u"DD.MM.YYYY", None))
        self.lateLabel.setText(QCoreApplication.translate("AppealStepDialog", u"Reason for the &delay", None))
#if QT_CONFIG(accessibility)
        self.lateEdit.setAccessibleName(QCoreApplication.translate("AppealStepDialog", u"Why the step is late", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

