# Generated from ui/entry_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(560, 480)
        self.column = QVBoxLayout(EntryDialog)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.personLabel = QLabel(EntryDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(EntryDialog)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.personList = QListWidget(EntryDialog)
        self.personList.setObjectName(u"personList")
        self.personList.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personList)

        self.personMessage = QLabel(EntryDialog)
        self.personMessage.setObjectName(u"personMessage")
        self.personMessage.setText(u"")
        self.personMessage.setWordWrap(True)
        self.personMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personMessage)

        self.categoryLabel = QLabel(EntryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(EntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.basisLabel = QLabel(EntryDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QLineEdit(EntryDialog)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setMaxLength(2000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.basisMessage = QLabel(EntryDialog)
        self.basisMessage.setObjectName(u"basisMessage")
        self.basisMessage.setText(u"")
        self.basisMessage.setWordWrap(True)
        self.basisMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.basisMessage)

        self.startLabel = QLabel(EntryDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(EntryDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMaxLength(10)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.startMessage = QLabel(EntryDialog)
        self.startMessage.setObjectName(u"startMessage")
        self.startMessage.setText(u"")
        self.startMessage.setWordWrap(True)
        self.startMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startMessage)

        self.endLabel = QLabel(EntryDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(EntryDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setMaxLength(10)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.endMessage = QLabel(EntryDialog)
        self.endMessage.setObjectName(u"endMessage")
        self.endMessage.setText(u"")
        self.endMessage.setWordWrap(True)
        self.endMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.endMessage)

        self.riskLabel = QLabel(EntryDialog)
        self.riskLabel.setObjectName(u"riskLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.riskLabel)

        self.riskCombo = QComboBox(EntryDialog)
        self.riskCombo.setObjectName(u"riskCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.riskCombo)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(EntryDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.columnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.columnSpacer)

        self.buttons = QDialogButtonBox(EntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.basisLabel.setBuddy(self.basisEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.riskLabel.setBuddy(self.riskCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Put on the register", None))
        self.personLabel.setText(QCoreApplication.translate("EntryDialog", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Find the person", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"Surname, name or ID number", None))
#if QT_CONFIG(accessibility)
        self.personList.setAccessibleName(QCoreApplication.translate("EntryDialog", u"People found", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("EntryDialog", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Register category", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("EntryDialog", u"&Grounds", None))
#if QT_CONFIG(accessibility)
        self.basisEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Grounds", None))
#endif // QT_CONFIG(accessibility)
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"Document, its number and date", None))
        self.startLabel.setText(QCoreApplication.translate("EntryDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"On the register from", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"DD.MM.YYYY", None))
        self.endLabel.setText(QCoreApplication.translate("EntryDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Planned end", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"DD.MM.YYYY", None))
        self.riskLabel.setText(QCoreApplication.translate("EntryDialog", u"&Threat level", None))
#if QT_CONFIG(accessibility)
        self.riskCombo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Threat level", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

