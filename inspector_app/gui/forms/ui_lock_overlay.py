# Generated from ui/lock_overlay.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_overlay.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockForm(object):
    def setupUi(self, LockForm):
        if not LockForm.objectName():
            LockForm.setObjectName(u"LockForm")
        LockForm.resize(360, 320)
        self.column = QVBoxLayout(LockForm)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.iconLabel = QLabel(LockForm)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)

        self.column.addWidget(self.iconLabel)

        self.heading = QLabel(LockForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.explanation = QLabel(LockForm)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)

        self.column.addWidget(self.explanation)

        self.gap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.column.addItem(self.gap)

        self.passwordLabel = QLabel(LockForm)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.column.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(LockForm)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.column.addWidget(self.passwordEdit)

        self.errorLabel = QLabel(LockForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.column.addWidget(self.errorLabel)

        self.unlockButton = QPushButton(LockForm)
        self.unlockButton.setObjectName(u"unlockButton")

        self.column.addWidget(self.unlockButton)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockForm)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockForm):
        self.heading.setText(QCoreApplication.translate("LockForm", u"The window is locked", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockForm", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LockForm", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("LockForm", u"&Unlock", None))
        pass
    # retranslateUi

