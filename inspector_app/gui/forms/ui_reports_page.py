# Generated from ui/reports_page.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReportsForm(object):
    def setupUi(self, ReportsForm):
        if not ReportsForm.objectName():
            ReportsForm.setObjectName(u"ReportsForm")
        ReportsForm.resize(360, 640)
        self.column = QVBoxLayout(ReportsForm)
        self.column.setSpacing(4)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.kindLabel = QLabel(ReportsForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.column.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ReportsForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.column.addWidget(self.kindCombo)

        self.kindNote = QLabel(ReportsForm)
        self.kindNote.setObjectName(u"kindNote")
        self.kindNote.setText(u"")
        self.kindNote.setWordWrap(True)

        self.column.addWidget(self.kindNote)

        self.kindGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.column.addItem(self.kindGap)

        self.periodLabel = QLabel(ReportsForm)
        self.periodLabel.setObjectName(u"periodLabel")

        self.column.addWidget(self.periodLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setSpacing(8)
        self.periodRow.setObjectName(u"periodRow")
        self.periodKindCombo = QComboBox(ReportsForm)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.periodRow.addWidget(self.periodKindCombo)

        self.periodCombo = QComboBox(ReportsForm)
        self.periodCombo.setObjectName(u"periodCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.periodCombo.sizePolicy().hasHeightForWidth())
        self.periodCombo.setSizePolicy(sizePolicy)

        self.periodRow.addWidget(self.periodCombo)


        self.column.addLayout(self.periodRow)

        self.datesBox = QWidget(ReportsForm)
        self.datesBox.setObjectName(u"datesBox")
        self.datesRow = QHBoxLayout(self.datesBox)
        self.datesRow.setSpacing(8)
        self.datesRow.setObjectName(u"datesRow")
        self.datesRow.setContentsMargins(0, 0, 0, 0)
        self.fromLabel = QLabel(self.datesBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.datesRow.addWidget(self.fromLabel)

        self.fromEdit = QLineEdit(self.datesBox)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setMaxLength(10)

        self.datesRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.datesBox)
        self.toLabel.setObjectName(u"toLabel")

        self.datesRow.addWidget(self.toLabel)

        self.toEdit = QLineEdit(self.datesBox)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setMaxLength(10)

        self.datesRow.addWidget(self.toEdit)


        self.column.addWidget(self.datesBox)

        self.periodMessage = QLabel(ReportsForm)
        self.periodMessage.setObjectName(u"periodMessage")
        self.periodMessage.setText(u"")
        self.periodMessage.setWordWrap(True)
        self.periodMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.periodMessage)

        self.periodGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.column.addItem(self.periodGap)

        self.scopeLabel = QLabel(ReportsForm)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.column.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(ReportsForm)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scopeCombo.setMinimumContentsLength(16)

        self.column.addWidget(self.scopeCombo)

        self.personLabel = QLabel(ReportsForm)
        self.personLabel.setObjectName(u"personLabel")

        self.column.addWidget(self.personLabel)

        self.personSearch = QLineEdit(ReportsForm)
        self.personSearch.setObjectName(u"personSearch")

        self.column.addWidget(self.personSearch)

        self.personChosen = QLabel(ReportsForm)
        self.personChosen.setObjectName(u"personChosen")
        self.personChosen.setText(u"")
        self.personChosen.setWordWrap(True)
        self.personChosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.personChosen)

        self.scopeGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.column.addItem(self.scopeGap)

        self.languageLabel = QLabel(ReportsForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.column.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(ReportsForm)
        self.languageCombo.setObjectName(u"languageCombo")

        self.column.addWidget(self.languageCombo)

        self.languageGap = QSpacerItem(0, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.column.addItem(self.languageGap)

        self.generateButton = QPushButton(ReportsForm)
        self.generateButton.setObjectName(u"generateButton")

        self.column.addWidget(self.generateButton)

        self.formMessage = QLabel(ReportsForm)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottom)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.periodLabel.setBuddy(self.periodKindCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.personLabel.setBuddy(self.personSearch)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.periodKindCombo)
        QWidget.setTabOrder(self.periodKindCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.personSearch)
        QWidget.setTabOrder(self.personSearch, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.generateButton)

        self.retranslateUi(ReportsForm)

        self.generateButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReportsForm):
        self.kindLabel.setText(QCoreApplication.translate("ReportsForm", u"&Report", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Kind of report", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("ReportsForm", u"&Period", None))
#if QT_CONFIG(accessibility)
        self.periodKindCombo.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Kind of period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("ReportsForm", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("ReportsForm", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setPlaceholderText(QCoreApplication.translate("ReportsForm", u"DD.MM.YYYY", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsForm", u"&to", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setPlaceholderText(QCoreApplication.translate("ReportsForm", u"DD.MM.YYYY", None))
        self.scopeLabel.setText(QCoreApplication.translate("ReportsForm", u"&Covers", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Precinct or district the report covers", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("ReportsForm", u"P&erson", None))
#if QT_CONFIG(accessibility)
        self.personSearch.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Find the person of the card", None))
#endif // QT_CONFIG(accessibility)
        self.personSearch.setPlaceholderText(QCoreApplication.translate("ReportsForm", u"Surname, name or ID number", None))
        self.languageLabel.setText(QCoreApplication.translate("ReportsForm", u"&Language of the report", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Language of the report", None))
#endif // QT_CONFIG(accessibility)
        self.generateButton.setText(QCoreApplication.translate("ReportsForm", u"&Generate", None))
#if QT_CONFIG(accessibility)
        self.generateButton.setAccessibleName(QCoreApplication.translate("ReportsForm", u"Generate the report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("ReportsForm", u"Generate the report with these choices (Ctrl+G)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

