# Generated from ui/add_user_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_user_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AddUserDialog(object):
    def setupUi(self, AddUserDialog):
        if not AddUserDialog.objectName():
            AddUserDialog.setObjectName(u"AddUserDialog")
        AddUserDialog.resize(480, 320)
        self.column = QVBoxLayout(AddUserDialog)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.loginLabel = QLabel(AddUserDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(AddUserDialog)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.loginError = QLabel(AddUserDialog)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setText(u"")
        self.loginError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginError)

        self.fullNameLabel = QLabel(AddUserDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(AddUserDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.fullNameError = QLabel(AddUserDialog)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setText(u"")
        self.fullNameError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullNameError)

        self.roleLabel = QLabel(AddUserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AddUserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.adminCheck = QCheckBox(AddUserDialog)
        self.adminCheck.setObjectName(u"adminCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.adminCheck)

        self.passwordLabel = QLabel(AddUserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AddUserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordError = QLabel(AddUserDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.repeatLabel = QLabel(AddUserDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(AddUserDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.repeatError = QLabel(AddUserDialog)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setText(u"")
        self.repeatError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.repeatError)


        self.column.addLayout(self.form)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottomStretch)

        self.formError = QLabel(AddUserDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)

        self.column.addWidget(self.formError)

        self.buttons = QDialogButtonBox(AddUserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddUserDialog)
    # setupUi

    def retranslateUi(self, AddUserDialog):
        AddUserDialog.setWindowTitle(QCoreApplication.translate("AddUserDialog", u"Add a user", None))
        self.loginLabel.setText(QCoreApplication.translate("AddUserDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("AddUserDialog", u"for example ivanov", None))
        self.fullNameLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("AddUserDialog", u"Surname, name, patronymic", None))
        self.roleLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.adminCheck.setText(QCoreApplication.translate("AddUserDialog", u"May &manage users of this computer", None))
        self.passwordLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("AddUserDialog", u"R&epeat the password", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Repeat the password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

