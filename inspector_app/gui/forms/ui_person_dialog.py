# Generated from ui/person_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(560, 560)
        self.column = QVBoxLayout(PersonDialog)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.surnameLabel = QLabel(PersonDialog)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(PersonDialog)
        self.surnameEdit.setObjectName(u"surnameEdit")
        self.surnameEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.surnameMessage = QLabel(PersonDialog)
        self.surnameMessage.setObjectName(u"surnameMessage")
        self.surnameMessage.setText(u"")
        self.surnameMessage.setWordWrap(True)
        self.surnameMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.surnameMessage)

        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.patronymicLabel = QLabel(PersonDialog)
        self.patronymicLabel.setObjectName(u"patronymicLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.patronymicLabel)

        self.patronymicEdit = QLineEdit(PersonDialog)
        self.patronymicEdit.setObjectName(u"patronymicEdit")
        self.patronymicEdit.setMaxLength(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.patronymicEdit)

        self.birthDateLabel = QLabel(PersonDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(PersonDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(10)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthDateMessage = QLabel(PersonDialog)
        self.birthDateMessage.setObjectName(u"birthDateMessage")
        self.birthDateMessage.setText(u"")
        self.birthDateMessage.setWordWrap(True)
        self.birthDateMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDateMessage)

        self.sexLabel = QLabel(PersonDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(PersonDialog)
        self.sexCombo.addItem("")
        self.sexCombo.addItem("")
        self.sexCombo.addItem("")
        self.sexCombo.setObjectName(u"sexCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.idNumberLabel = QLabel(PersonDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(PersonDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(20)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.idNumberMessage = QLabel(PersonDialog)
        self.idNumberMessage.setObjectName(u"idNumberMessage")
        self.idNumberMessage.setText(u"")
        self.idNumberMessage.setWordWrap(True)
        self.idNumberMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.idNumberMessage)

        self.phonesLabel = QLabel(PersonDialog)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QLineEdit(PersonDialog)
        self.phonesEdit.setObjectName(u"phonesEdit")
        self.phonesEdit.setMaxLength(200)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.phonesMessage = QLabel(PersonDialog)
        self.phonesMessage.setObjectName(u"phonesMessage")
        self.phonesMessage.setText(u"")
        self.phonesMessage.setWordWrap(True)
        self.phonesMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phonesMessage)

        self.addressLabel = QLabel(PersonDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(PersonDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.workplaceLabel = QLabel(PersonDialog)
        self.workplaceLabel.setObjectName(u"workplaceLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.workplaceLabel)

        self.workplaceEdit = QLineEdit(PersonDialog)
        self.workplaceEdit.setObjectName(u"workplaceEdit")
        self.workplaceEdit.setMaxLength(300)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.workplaceEdit)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 96))

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.column.addLayout(self.form)

        self.duplicatePanel = QFrame(PersonDialog)
        self.duplicatePanel.setObjectName(u"duplicatePanel")
        self.duplicatePanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicateColumn = QVBoxLayout(self.duplicatePanel)
        self.duplicateColumn.setSpacing(8)
        self.duplicateColumn.setObjectName(u"duplicateColumn")
        self.duplicateColumn.setContentsMargins(8, 8, 8, 8)
        self.duplicateLabel = QLabel(self.duplicatePanel)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)

        self.duplicateColumn.addWidget(self.duplicateLabel)

        self.duplicateList = QListWidget(self.duplicatePanel)
        self.duplicateList.setObjectName(u"duplicateList")
        self.duplicateList.setMaximumSize(QSize(16777215, 96))

        self.duplicateColumn.addWidget(self.duplicateList)

        self.duplicateButtons = QHBoxLayout()
        self.duplicateButtons.setSpacing(8)
        self.duplicateButtons.setObjectName(u"duplicateButtons")
        self.duplicateButtons.setContentsMargins(0, 0, 0, 0)
        self.openExistingButton = QPushButton(self.duplicatePanel)
        self.openExistingButton.setObjectName(u"openExistingButton")

        self.duplicateButtons.addWidget(self.openExistingButton)

        self.createAnywayButton = QPushButton(self.duplicatePanel)
        self.createAnywayButton.setObjectName(u"createAnywayButton")

        self.duplicateButtons.addWidget(self.createAnywayButton)

        self.duplicateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicateButtons.addItem(self.duplicateSpacer)


        self.duplicateColumn.addLayout(self.duplicateButtons)


        self.column.addWidget(self.duplicatePanel)

        self.formMessage = QLabel(PersonDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.columnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.columnSpacer)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.patronymicLabel.setBuddy(self.patronymicEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.workplaceLabel.setBuddy(self.workplaceEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.surnameLabel.setText(QCoreApplication.translate("PersonDialog", u"S&urname", None))
#if QT_CONFIG(accessibility)
        self.surnameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.patronymicLabel.setText(QCoreApplication.translate("PersonDialog", u"&Patronymic", None))
#if QT_CONFIG(accessibility)
        self.patronymicEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Patronymic", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("PersonDialog", u"&Birth date", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Birth date", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"DD.MM.YYYY", None))
        self.sexLabel.setText(QCoreApplication.translate("PersonDialog", u"Se&x", None))
        self.sexCombo.setItemText(0, QCoreApplication.translate("PersonDialog", u"not given", None))
        self.sexCombo.setItemText(1, QCoreApplication.translate("PersonDialog", u"male", None))
        self.sexCombo.setItemText(2, QCoreApplication.translate("PersonDialog", u"female", None))

#if QT_CONFIG(accessibility)
        self.sexCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.idNumberLabel.setText(QCoreApplication.translate("PersonDialog", u"&ID number", None))
#if QT_CONFIG(accessibility)
        self.idNumberEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"ID number", None))
#endif // QT_CONFIG(accessibility)
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"12 digits", None))
        self.phonesLabel.setText(QCoreApplication.translate("PersonDialog", u"P&hones", None))
#if QT_CONFIG(accessibility)
        self.phonesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phones", None))
#endif // QT_CONFIG(accessibility)
        self.phonesEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"8 701 123 45 67; several separated by commas", None))
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Settlement, street, house", None))
        self.workplaceLabel.setText(QCoreApplication.translate("PersonDialog", u"&Workplace", None))
#if QT_CONFIG(accessibility)
        self.workplaceEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Workplace", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.duplicateLabel.setText(QCoreApplication.translate("PersonDialog", u"This person may be in the database already. Open the person found, or create a new one if it is someone else.", None))
#if QT_CONFIG(accessibility)
        self.duplicateList.setAccessibleName(QCoreApplication.translate("PersonDialog", u"People who may be the same", None))
#endif // QT_CONFIG(accessibility)
        self.openExistingButton.setText(QCoreApplication.translate("PersonDialog", u"Open &this person", None))
        self.createAnywayButton.setText(QCoreApplication.translate("PersonDialog", u"&Create anyway: someone else", None))
    # retranslateUi

