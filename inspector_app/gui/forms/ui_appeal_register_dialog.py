# Generated from ui/appeal_register_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_register_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealRegisterDialog(object):
    def setupUi(self, AppealRegisterDialog):
        if not AppealRegisterDialog.objectName():
            AppealRegisterDialog.setObjectName(u"AppealRegisterDialog")
        AppealRegisterDialog.resize(560, 460)
        self.column = QVBoxLayout(AppealRegisterDialog)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.receivedLabel = QLabel(AppealRegisterDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QLineEdit(AppealRegisterDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setMaxLength(10)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.receivedMessage = QLabel(AppealRegisterDialog)
        self.receivedMessage.setObjectName(u"receivedMessage")
        self.receivedMessage.setText(u"")
        self.receivedMessage.setWordWrap(True)
        self.receivedMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedMessage)

        self.channelLabel = QLabel(AppealRegisterDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(AppealRegisterDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.applicantLabel = QLabel(AppealRegisterDialog)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.applicantLabel)

        self.applicantSearch = QLineEdit(AppealRegisterDialog)
        self.applicantSearch.setObjectName(u"applicantSearch")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.applicantSearch)

        self.applicantChosenRow = QHBoxLayout()
        self.applicantChosenRow.setSpacing(8)
        self.applicantChosenRow.setObjectName(u"applicantChosenRow")
        self.applicantChosen = QLabel(AppealRegisterDialog)
        self.applicantChosen.setObjectName(u"applicantChosen")
        self.applicantChosen.setText(u"")
        self.applicantChosen.setWordWrap(True)
        self.applicantChosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.applicantChosenRow.addWidget(self.applicantChosen)

        self.clearApplicantButton = QPushButton(AppealRegisterDialog)
        self.clearApplicantButton.setObjectName(u"clearApplicantButton")

        self.applicantChosenRow.addWidget(self.clearApplicantButton)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.applicantChosenRow)

        self.applicantNameLabel = QLabel(AppealRegisterDialog)
        self.applicantNameLabel.setObjectName(u"applicantNameLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.applicantNameLabel)

        self.applicantNameEdit = QLineEdit(AppealRegisterDialog)
        self.applicantNameEdit.setObjectName(u"applicantNameEdit")
        self.applicantNameEdit.setMaxLength(300)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.applicantNameEdit)

        self.applicantMessage = QLabel(AppealRegisterDialog)
        self.applicantMessage.setObjectName(u"applicantMessage")
        self.applicantMessage.setText(u"")
        self.applicantMessage.setWordWrap(True)
        self.applicantMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.applicantMessage)

        self.summaryLabel = QLabel(AppealRegisterDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(AppealRegisterDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryMessage = QLabel(AppealRegisterDialog)
        self.summaryMessage.setObjectName(u"summaryMessage")
        self.summaryMessage.setText(u"")
        self.summaryMessage.setWordWrap(True)
        self.summaryMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.summaryMessage)

        self.kindLabel = QLabel(AppealRegisterDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AppealRegisterDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.anonymousCheck = QCheckBox(AppealRegisterDialog)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.anonymousCheck)

        self.collectiveCheck = QCheckBox(AppealRegisterDialog)
        self.collectiveCheck.setObjectName(u"collectiveCheck")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.collectiveCheck)

        self.officerLabel = QLabel(AppealRegisterDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(AppealRegisterDialog)
        self.officerCombo.setObjectName(u"officerCombo")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.languageLabel = QLabel(AppealRegisterDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(AppealRegisterDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(AppealRegisterDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttons = QDialogButtonBox(AppealRegisterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.applicantLabel.setBuddy(self.applicantSearch)
        self.applicantNameLabel.setBuddy(self.applicantNameEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.officerLabel.setBuddy(self.officerCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppealRegisterDialog)
    # setupUi

    def retranslateUi(self, AppealRegisterDialog):
        AppealRegisterDialog.setWindowTitle(QCoreApplication.translate("AppealRegisterDialog", u"Register an appeal", None))
        self.receivedLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"&Received on", None))
#if QT_CONFIG(accessibility)
        self.receivedEdit.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.receivedEdit.setPlaceholderText(QCoreApplication.translate("AppealRegisterDialog", u"DD.MM.YYYY", None))
        self.channelLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"&Channel", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"How the appeal came", None))
#endif // QT_CONFIG(accessibility)
        self.applicantLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"&Applicant", None))
#if QT_CONFIG(accessibility)
        self.applicantSearch.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"Find the applicant among the people", None))
#endif // QT_CONFIG(accessibility)
        self.applicantSearch.setPlaceholderText(QCoreApplication.translate("AppealRegisterDialog", u"Surname, name or ID number", None))
        self.clearApplicantButton.setText(QCoreApplication.translate("AppealRegisterDialog", u"&Not this person", None))
        self.applicantNameLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"Applicant's &name", None))
#if QT_CONFIG(accessibility)
        self.applicantNameEdit.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"Applicant's name, when not among the people", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"What the appeal is about", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"Kind of appeal", None))
#endif // QT_CONFIG(accessibility)
        self.anonymousCheck.setText(QCoreApplication.translate("AppealRegisterDialog", u"A&nonymous: registered, not refused", None))
        self.collectiveCheck.setText(QCoreApplication.translate("AppealRegisterDialog", u"C&ollective: signed by several people", None))
        self.officerLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"About &officer", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"The police officer a complaint is about", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("AppealRegisterDialog", u"&Letters in", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("AppealRegisterDialog", u"The language of the letters to the applicant", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

