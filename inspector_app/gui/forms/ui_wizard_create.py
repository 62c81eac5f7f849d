# Generated from ui/wizard_create.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_create.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_CreatePage(object):
    def setupUi(self, CreatePage):
        if not CreatePage.objectName():
            CreatePage.setObjectName(u"CreatePage")
        CreatePage.resize(560, 400)
        self.column = QVBoxLayout(CreatePage)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.summary = QLabel(CreatePage)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.column.addWidget(self.summary)

        self.busyBar = QProgressBar(CreatePage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.column.addWidget(self.busyBar)

        self.status = QLabel(CreatePage)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.column.addWidget(self.status)

        self.retryRow = QHBoxLayout()
        self.retryRow.setObjectName(u"retryRow")
        self.retryButton = QPushButton(CreatePage)
        self.retryButton.setObjectName(u"retryButton")

        self.retryRow.addWidget(self.retryButton)

        self.retryStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retryRow.addItem(self.retryStretch)


        self.column.addLayout(self.retryRow)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottomStretch)


        self.retranslateUi(CreatePage)
    # setupUi

    def retranslateUi(self, CreatePage):
        CreatePage.setTitle(QCoreApplication.translate("CreatePage", u"Creating the database", None))
        CreatePage.setSubTitle(QCoreApplication.translate("CreatePage", u"The data is encrypted with a key that only the users' passwords open.", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("CreatePage", u"Creating the database", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("CreatePage", u"&Try again", None))
    # retranslateUi

