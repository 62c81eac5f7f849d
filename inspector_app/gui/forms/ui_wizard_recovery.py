# Generated from ui/wizard_recovery.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_recovery.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_RecoveryPage(object):
    def setupUi(self, RecoveryPage):
        if not RecoveryPage.objectName():
            RecoveryPage.setObjectName(u"RecoveryPage")
        RecoveryPage.resize(560, 400)
        self.column = QVBoxLayout(RecoveryPage)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.explanation = QLabel(RecoveryPage)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.column.addWidget(self.explanation)

        self.keyLabel = QLabel(RecoveryPage)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setText(u"")
        self.keyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.keyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.keyLabel)

        self.fingerprintLabel = QLabel(RecoveryPage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"")
        self.fingerprintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprintLabel.setWordWrap(True)

        self.column.addWidget(self.fingerprintLabel)

        self.writtenCheck = QCheckBox(RecoveryPage)
        self.writtenCheck.setObjectName(u"writtenCheck")

        self.column.addWidget(self.writtenCheck)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottomStretch)


        self.retranslateUi(RecoveryPage)
    # setupUi

    def retranslateUi(self, RecoveryPage):
        RecoveryPage.setTitle(QCoreApplication.translate("RecoveryPage", u"Write down the recovery key", None))
        RecoveryPage.setSubTitle(QCoreApplication.translate("RecoveryPage", u"The database is ready. This key is shown only now, once.", None))
        self.explanation.setText(QCoreApplication.translate("RecoveryPage", u"If the password is forgotten, only this key opens the database again. Write it on paper now, exactly as shown, and keep the paper locked away from the computer. Do not photograph it and do not keep it in a file.", None))
#if QT_CONFIG(accessibility)
        self.keyLabel.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.writtenCheck.setText(QCoreApplication.translate("RecoveryPage", u"I have &written the recovery key down", None))
    # retranslateUi

