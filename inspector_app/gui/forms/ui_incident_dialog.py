# Generated from ui/incident_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(600, 620)
        self.column = QVBoxLayout(IncidentDialog)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.dateLabel = QLabel(IncidentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEditRow = QHBoxLayout()
        self.dateEditRow.setSpacing(8)
        self.dateEditRow.setObjectName(u"dateEditRow")
        self.dateEdit = QLineEdit(IncidentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(10)

        self.dateEditRow.addWidget(self.dateEdit)

        self.timeEdit = QTimeEdit(IncidentDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.dateEditRow.addWidget(self.timeEdit)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateEditRow)

        self.dateMessage = QLabel(IncidentDialog)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setText(u"")
        self.dateMessage.setWordWrap(True)
        self.dateMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateMessage)

        self.kindLabel = QLabel(IncidentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(IncidentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.placeLabel = QLabel(IncidentDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(IncidentDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.externalLabel = QLabel(IncidentDialog)
        self.externalLabel.setObjectName(u"externalLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.externalLabel)

        self.externalRow = QHBoxLayout()
        self.externalRow.setSpacing(8)
        self.externalRow.setObjectName(u"externalRow")
        self.registerCombo = QComboBox(IncidentDialog)
        self.registerCombo.setObjectName(u"registerCombo")

        self.externalRow.addWidget(self.registerCombo)

        self.externalEdit = QLineEdit(IncidentDialog)
        self.externalEdit.setObjectName(u"externalEdit")
        self.externalEdit.setMaxLength(40)

        self.externalRow.addWidget(self.externalEdit)

        self.externalRow.setStretch(1, 1)

        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.externalRow)

        self.summaryLabel = QLabel(IncidentDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(IncidentDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 64))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryMessage = QLabel(IncidentDialog)
        self.summaryMessage.setObjectName(u"summaryMessage")
        self.summaryMessage.setText(u"")
        self.summaryMessage.setWordWrap(True)
        self.summaryMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summaryMessage)

        self.measuresLabel = QLabel(IncidentDialog)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measuresEdit = QPlainTextEdit(IncidentDialog)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMinimumSize(QSize(0, 48))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.outcomeLabel = QLabel(IncidentDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(IncidentDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.peopleLabel = QLabel(IncidentDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleSearchRow = QHBoxLayout()
        self.peopleSearchRow.setSpacing(8)
        self.peopleSearchRow.setObjectName(u"peopleSearchRow")
        self.peopleSearch = QLineEdit(IncidentDialog)
        self.peopleSearch.setObjectName(u"peopleSearch")

        self.peopleSearchRow.addWidget(self.peopleSearch)

        self.roleCombo = QComboBox(IncidentDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.peopleSearchRow.addWidget(self.roleCombo)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.peopleSearchRow)

        self.peopleList = QListWidget(IncidentDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.peopleList)

        self.removePersonButtonRow = QHBoxLayout()
        self.removePersonButtonRow.setSpacing(8)
        self.removePersonButtonRow.setObjectName(u"removePersonButtonRow")
        self.removePersonButton = QPushButton(IncidentDialog)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.removePersonButtonRow.addWidget(self.removePersonButton)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removePersonButtonRow.addItem(self.removeSpacer)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.removePersonButtonRow)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(IncidentDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttons = QDialogButtonBox(IncidentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.externalLabel.setBuddy(self.externalEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.measuresLabel.setBuddy(self.measuresEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.peopleLabel.setBuddy(self.peopleSearch)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Incident", None))
        self.dateLabel.setText(QCoreApplication.translate("IncidentDialog", u"&When", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Date of the incident", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"DD.MM.YYYY", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Time of the incident", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Kind of incident", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.externalLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Register number", None))
#if QT_CONFIG(accessibility)
        self.registerCombo.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Register the number is in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.externalEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Number in the national register", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.measuresLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Measures taken", None))
#if QT_CONFIG(accessibility)
        self.measuresEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Measures taken", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("IncidentDialog", u"P&eople", None))
#if QT_CONFIG(accessibility)
        self.peopleSearch.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Find a person involved", None))
#endif // QT_CONFIG(accessibility)
        self.peopleSearch.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Surname, name or ID number", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Role of the person found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"People involved and their roles", None))
#endif // QT_CONFIG(accessibility)
        self.removePersonButton.setText(QCoreApplication.translate("IncidentDialog", u"Remove from the &list", None))
    # retranslateUi

