# Generated from ui/wizard_role.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_role.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_RolePage(object):
    def setupUi(self, RolePage):
        if not RolePage.objectName():
            RolePage.setObjectName(u"RolePage")
        RolePage.resize(560, 400)
        self.column = QVBoxLayout(RolePage)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.roleGroup = QGroupBox(RolePage)
        self.roleGroup.setObjectName(u"roleGroup")
        self.roleGrid = QGridLayout(self.roleGroup)
        self.roleGrid.setObjectName(u"roleGrid")
        self.roleGrid.setHorizontalSpacing(8)
        self.roleGrid.setVerticalSpacing(4)
        self.inspectorRadio = QRadioButton(self.roleGroup)
        self.inspectorRadio.setObjectName(u"inspectorRadio")
        self.inspectorRadio.setChecked(True)

        self.roleGrid.addWidget(self.inspectorRadio, 0, 0, 1, 2)

        self.inspectorHint = QLabel(self.roleGroup)
        self.inspectorHint.setObjectName(u"inspectorHint")
        self.inspectorHint.setWordWrap(True)

        self.roleGrid.addWidget(self.inspectorHint, 1, 1, 1, 1)

        self.chiefRadio = QRadioButton(self.roleGroup)
        self.chiefRadio.setObjectName(u"chiefRadio")

        self.roleGrid.addWidget(self.chiefRadio, 2, 0, 1, 2)

        self.chiefHint = QLabel(self.roleGroup)
        self.chiefHint.setObjectName(u"chiefHint")
        self.chiefHint.setWordWrap(True)

        self.roleGrid.addWidget(self.chiefHint, 3, 1, 1, 1)

        self.hqRadio = QRadioButton(self.roleGroup)
        self.hqRadio.setObjectName(u"hqRadio")

        self.roleGrid.addWidget(self.hqRadio, 4, 0, 1, 2)

        self.hqHint = QLabel(self.roleGroup)
        self.hqHint.setObjectName(u"hqHint")
        self.hqHint.setWordWrap(True)

        self.roleGrid.addWidget(self.hqHint, 5, 1, 1, 1)

        self.indent = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.roleGrid.addItem(self.indent, 1, 0, 1, 1)

        self.roleGrid.setColumnStretch(1, 1)

        self.column.addWidget(self.roleGroup)

        self.countryGroup = QGroupBox(RolePage)
        self.countryGroup.setObjectName(u"countryGroup")
        self.countryRow = QHBoxLayout(self.countryGroup)
        self.countryRow.setSpacing(16)
        self.countryRow.setObjectName(u"countryRow")
        self.kzRadio = QRadioButton(self.countryGroup)
        self.kzRadio.setObjectName(u"kzRadio")
        self.kzRadio.setChecked(True)

        self.countryRow.addWidget(self.kzRadio)

        self.kgRadio = QRadioButton(self.countryGroup)
        self.kgRadio.setObjectName(u"kgRadio")

        self.countryRow.addWidget(self.kgRadio)

        self.countryStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countryRow.addItem(self.countryStretch)


        self.column.addWidget(self.countryGroup)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottomStretch)


        self.retranslateUi(RolePage)
    # setupUi

    def retranslateUi(self, RolePage):
        RolePage.setTitle(QCoreApplication.translate("RolePage", u"Create the database", None))
        RolePage.setSubTitle(QCoreApplication.translate("RolePage", u"This computer has no database yet. Answer a few questions and the application creates one.", None))
        self.roleGroup.setTitle(QCoreApplication.translate("RolePage", u"Who works with this computer", None))
        self.inspectorRadio.setText(QCoreApplication.translate("RolePage", u"&District inspector", None))
        self.inspectorHint.setText(QCoreApplication.translate("RolePage", u"Residents, the preventive register, the log and the appeals of one precinct.", None))
        self.chiefRadio.setText(QCoreApplication.translate("RolePage", u"&Chief of the district inspectors", None))
        self.chiefHint.setText(QCoreApplication.translate("RolePage", u"Receives the inspectors' packages of a district, sees overdue work, sends notices and tasks.", None))
        self.hqRadio.setText(QCoreApplication.translate("RolePage", u"&Headquarters", None))
        self.hqHint.setText(QCoreApplication.translate("RolePage", u"Receives the districts' packages and prints reports for districts and regions.", None))
        self.countryGroup.setTitle(QCoreApplication.translate("RolePage", u"Country", None))
        self.kzRadio.setText(QCoreApplication.translate("RolePage", u"&Kazakhstan", None))
        self.kgRadio.setText(QCoreApplication.translate("RolePage", u"K&yrgyzstan", None))
    # retranslateUi

