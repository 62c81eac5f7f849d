# Generated from ui/wizard_user.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_user.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QWidget, QWizardPage)

class Ui_UserPage(object):
    def setupUi(self, UserPage):
        if not UserPage.objectName():
            UserPage.setObjectName(u"UserPage")
        UserPage.resize(560, 400)
        self.form = QFormLayout(UserPage)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.loginLabel = QLabel(UserPage)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(UserPage)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.loginError = QLabel(UserPage)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setText(u"")
        self.loginError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginError)

        self.fullNameLabel = QLabel(UserPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(UserPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.fullNameError = QLabel(UserPage)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setText(u"")
        self.fullNameError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullNameError)

        self.passwordLabel = QLabel(UserPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordError = QLabel(UserPage)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.repeatLabel = QLabel(UserPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(UserPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.repeatError = QLabel(UserPage)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setText(u"")
        self.repeatError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.repeatError)

        self.passwordHint = QLabel(UserPage)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.passwordHint)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.setItem(9, QFormLayout.ItemRole.SpanningRole, self.bottomStretch)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserPage)
    # setupUi

    def retranslateUi(self, UserPage):
        UserPage.setTitle(QCoreApplication.translate("UserPage", u"The first user", None))
        UserPage.setSubTitle(QCoreApplication.translate("UserPage", u"This user looks after the database: signs in first and adds the other users.", None))
        self.loginLabel.setText(QCoreApplication.translate("UserPage", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("UserPage", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("UserPage", u"for example ivanov", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserPage", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("UserPage", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("UserPage", u"Surname, name, patronymic", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserPage", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("UserPage", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("UserPage", u"&Repeat the password", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("UserPage", u"Repeat the password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordHint.setText(QCoreApplication.translate("UserPage", u"At least 8 characters that no one can guess: the database holds personal data. The password cannot be read back from the database; if it is forgotten, only the recovery key shown at the end opens the database again.", None))
    # retranslateUi

