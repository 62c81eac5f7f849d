# Generated from ui/log_entry_form.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_entry_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_LogEntryForm(object):
    def setupUi(self, LogEntryForm):
        if not LogEntryForm.objectName():
            LogEntryForm.setObjectName(u"LogEntryForm")
        LogEntryForm.resize(420, 560)
        self.column = QVBoxLayout(LogEntryForm)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.kindLabel = QLabel(LogEntryForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(LogEntryForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(LogEntryForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEditRow = QHBoxLayout()
        self.dateEditRow.setSpacing(8)
        self.dateEditRow.setObjectName(u"dateEditRow")
        self.dateEdit = QLineEdit(LogEntryForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(10)

        self.dateEditRow.addWidget(self.dateEdit)

        self.timeEdit = QTimeEdit(LogEntryForm)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.dateEditRow.addWidget(self.timeEdit)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dateEditRow)

        self.dateMessage = QLabel(LogEntryForm)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setText(u"")
        self.dateMessage.setWordWrap(True)
        self.dateMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateMessage)

        self.placeLabel = QLabel(LogEntryForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(LogEntryForm)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.peopleLabel = QLabel(LogEntryForm)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleSearch = QLineEdit(LogEntryForm)
        self.peopleSearch.setObjectName(u"peopleSearch")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.peopleSearch)

        self.peopleList = QListWidget(LogEntryForm)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMaximumSize(QSize(16777215, 96))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.peopleList)

        self.removePersonButtonRow = QHBoxLayout()
        self.removePersonButtonRow.setSpacing(8)
        self.removePersonButtonRow.setObjectName(u"removePersonButtonRow")
        self.removePersonButton = QPushButton(LogEntryForm)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.removePersonButtonRow.addWidget(self.removePersonButton)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removePersonButtonRow.addItem(self.removeSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.removePersonButtonRow)

        self.companionLabel = QLabel(LogEntryForm)
        self.companionLabel.setObjectName(u"companionLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.companionLabel)

        self.companionEdit = QLineEdit(LogEntryForm)
        self.companionEdit.setObjectName(u"companionEdit")
        self.companionEdit.setMaxLength(300)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.companionEdit)

        self.companionMessage = QLabel(LogEntryForm)
        self.companionMessage.setObjectName(u"companionMessage")
        self.companionMessage.setText(u"")
        self.companionMessage.setWordWrap(True)
        self.companionMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.companionMessage)

        self.summaryLabel = QLabel(LogEntryForm)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(LogEntryForm)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 64))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryMessage = QLabel(LogEntryForm)
        self.summaryMessage.setObjectName(u"summaryMessage")
        self.summaryMessage.setText(u"")
        self.summaryMessage.setWordWrap(True)
        self.summaryMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.summaryMessage)

        self.outcomeLabel = QLabel(LogEntryForm)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QLineEdit(LogEntryForm)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setMaxLength(1000)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.followUpLabel = QLabel(LogEntryForm)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpEdit = QLineEdit(LogEntryForm)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setMaxLength(10)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.followUpEdit)

        self.followUpMessage = QLabel(LogEntryForm)
        self.followUpMessage.setObjectName(u"followUpMessage")
        self.followUpMessage.setText(u"")
        self.followUpMessage.setWordWrap(True)
        self.followUpMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.followUpMessage)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(LogEntryForm)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(LogEntryForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.clearButton = QPushButton(LogEntryForm)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.column.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.peopleLabel.setBuddy(self.peopleSearch)
        self.companionLabel.setBuddy(self.companionEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LogEntryForm)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LogEntryForm):
        LogEntryForm.setWindowTitle(QCoreApplication.translate("LogEntryForm", u"New log entry", None))
        self.kindLabel.setText(QCoreApplication.translate("LogEntryForm", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Kind of work", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("LogEntryForm", u"&When", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("LogEntryForm", u"DD.MM.YYYY", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("LogEntryForm", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("LogEntryForm", u"P&eople", None))
#if QT_CONFIG(accessibility)
        self.peopleSearch.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Find a person taking part", None))
#endif // QT_CONFIG(accessibility)
        self.peopleSearch.setPlaceholderText(QCoreApplication.translate("LogEntryForm", u"Surname, name or ID number", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"People taking part", None))
#endif // QT_CONFIG(accessibility)
        self.removePersonButton.setText(QCoreApplication.translate("LogEntryForm", u"&Remove from the list", None))
        self.companionLabel.setText(QCoreApplication.translate("LogEntryForm", u"&Companion", None))
#if QT_CONFIG(accessibility)
        self.companionEdit.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Parent, guardian or teacher present", None))
#endif // QT_CONFIG(accessibility)
        self.companionEdit.setPlaceholderText(QCoreApplication.translate("LogEntryForm", u"Parent, guardian or teacher present", None))
        self.summaryLabel.setText(QCoreApplication.translate("LogEntryForm", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("LogEntryForm", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.followUpLabel.setText(QCoreApplication.translate("LogEntryForm", u"&Follow up on", None))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("LogEntryForm", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.followUpEdit.setPlaceholderText(QCoreApplication.translate("LogEntryForm", u"DD.MM.YYYY", None))
        self.saveButton.setText(QCoreApplication.translate("LogEntryForm", u"Sa&ve entry", None))
        self.clearButton.setText(QCoreApplication.translate("LogEntryForm", u"Cle&ar", None))
    # retranslateUi

