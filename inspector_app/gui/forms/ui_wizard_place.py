# Generated from ui/wizard_place.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_place.ui'
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

class Ui_PlacePage(object):
    def setupUi(self, PlacePage):
        if not PlacePage.objectName():
            PlacePage.setObjectName(u"PlacePage")
        PlacePage.resize(560, 400)
        self.form = QFormLayout(PlacePage)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.deviceLabel = QLabel(PlacePage)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.deviceEdit = QLineEdit(PlacePage)
        self.deviceEdit.setObjectName(u"deviceEdit")
        self.deviceEdit.setMaxLength(80)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deviceEdit)

        self.deviceError = QLabel(PlacePage)
        self.deviceError.setObjectName(u"deviceError")
        self.deviceError.setText(u"")
        self.deviceError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deviceError)

        self.districtLabel = QLabel(PlacePage)
        self.districtLabel.setObjectName(u"districtLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(PlacePage)
        self.districtEdit.setObjectName(u"districtEdit")
        self.districtEdit.setMaxLength(12)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.districtError = QLabel(PlacePage)
        self.districtError.setObjectName(u"districtError")
        self.districtError.setText(u"")
        self.districtError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.districtError)

        self.precinctCodeLabel = QLabel(PlacePage)
        self.precinctCodeLabel.setObjectName(u"precinctCodeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.precinctCodeLabel)

        self.precinctCodeEdit = QLineEdit(PlacePage)
        self.precinctCodeEdit.setObjectName(u"precinctCodeEdit")
        self.precinctCodeEdit.setMaxLength(12)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.precinctCodeEdit)

        self.precinctCodeError = QLabel(PlacePage)
        self.precinctCodeError.setObjectName(u"precinctCodeError")
        self.precinctCodeError.setText(u"")
        self.precinctCodeError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.precinctCodeError)

        self.precinctNameLabel = QLabel(PlacePage)
        self.precinctNameLabel.setObjectName(u"precinctNameLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.precinctNameLabel)

        self.precinctNameEdit = QLineEdit(PlacePage)
        self.precinctNameEdit.setObjectName(u"precinctNameEdit")
        self.precinctNameEdit.setMaxLength(120)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.precinctNameEdit)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.setItem(7, QFormLayout.ItemRole.SpanningRole, self.bottomStretch)

#if QT_CONFIG(shortcut)
        self.deviceLabel.setBuddy(self.deviceEdit)
        self.districtLabel.setBuddy(self.districtEdit)
        self.precinctCodeLabel.setBuddy(self.precinctCodeEdit)
        self.precinctNameLabel.setBuddy(self.precinctNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlacePage)
    # setupUi

    def retranslateUi(self, PlacePage):
        PlacePage.setTitle(QCoreApplication.translate("PlacePage", u"This computer and its place", None))
        PlacePage.setSubTitle(QCoreApplication.translate("PlacePage", u"Numbers of appeals and incidents made here begin with these codes, so they never clash with another computer's.", None))
        self.deviceLabel.setText(QCoreApplication.translate("PlacePage", u"&Computer name", None))
#if QT_CONFIG(accessibility)
        self.deviceEdit.setAccessibleName(QCoreApplication.translate("PlacePage", u"Computer name", None))
#endif // QT_CONFIG(accessibility)
        self.deviceEdit.setPlaceholderText(QCoreApplication.translate("PlacePage", u"for example, Laptop of precinct 5", None))
        self.districtLabel.setText(QCoreApplication.translate("PlacePage", u"&District code", None))
#if QT_CONFIG(accessibility)
        self.districtEdit.setAccessibleName(QCoreApplication.translate("PlacePage", u"District code", None))
#endif // QT_CONFIG(accessibility)
        self.districtEdit.setPlaceholderText(QCoreApplication.translate("PlacePage", u"as the chief gave it, for example 12", None))
        self.precinctCodeLabel.setText(QCoreApplication.translate("PlacePage", u"&Precinct number", None))
#if QT_CONFIG(accessibility)
        self.precinctCodeEdit.setAccessibleName(QCoreApplication.translate("PlacePage", u"Precinct number", None))
#endif // QT_CONFIG(accessibility)
        self.precinctCodeEdit.setPlaceholderText(QCoreApplication.translate("PlacePage", u"for example 05", None))
        self.precinctNameLabel.setText(QCoreApplication.translate("PlacePage", u"Precinct &name", None))
#if QT_CONFIG(accessibility)
        self.precinctNameEdit.setAccessibleName(QCoreApplication.translate("PlacePage", u"Precinct name", None))
#endif // QT_CONFIG(accessibility)
        self.precinctNameEdit.setPlaceholderText(QCoreApplication.translate("PlacePage", u"optional, for example the village's name", None))
    # retranslateUi

