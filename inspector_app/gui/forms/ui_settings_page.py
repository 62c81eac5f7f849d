# Generated from ui/settings_page.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(720, 640)
        self.column = QVBoxLayout(SettingsForm)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel(SettingsForm)
        self.heading.setObjectName(u"heading")

        self.column.addWidget(self.heading)

        self.languageGroup = QGroupBox(SettingsForm)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.languageForm.setHorizontalSpacing(8)
        self.languageForm.setVerticalSpacing(4)
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(self.languageGroup)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.languageHint)


        self.column.addWidget(self.languageGroup)

        self.lockGroup = QGroupBox(SettingsForm)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockForm = QFormLayout(self.lockGroup)
        self.lockForm.setObjectName(u"lockForm")
        self.lockForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.lockForm.setHorizontalSpacing(8)
        self.lockForm.setVerticalSpacing(4)
        self.idleLabel = QLabel(self.lockGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.lockGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(10)

        self.lockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.lockHint = QLabel(self.lockGroup)
        self.lockHint.setObjectName(u"lockHint")
        self.lockHint.setWordWrap(True)

        self.lockForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.lockHint)


        self.column.addWidget(self.lockGroup)

        self.passwordGroup = QGroupBox(SettingsForm)
        self.passwordGroup.setObjectName(u"passwordGroup")
        self.passwordRow = QHBoxLayout(self.passwordGroup)
        self.passwordRow.setSpacing(8)
        self.passwordRow.setObjectName(u"passwordRow")
        self.changePasswordButton = QPushButton(self.passwordGroup)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.passwordRow.addWidget(self.changePasswordButton)

        self.passwordStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passwordRow.addItem(self.passwordStretch)


        self.column.addWidget(self.passwordGroup)

        self.usersGroup = QGroupBox(SettingsForm)
        self.usersGroup.setObjectName(u"usersGroup")
        self.usersColumn = QVBoxLayout(self.usersGroup)
        self.usersColumn.setSpacing(8)
        self.usersColumn.setObjectName(u"usersColumn")
        self.usersView = QTableView(self.usersGroup)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersView.setAlternatingRowColors(True)
        self.usersView.setWordWrap(False)
        self.usersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersView.horizontalHeader().setStretchLastSection(False)
        self.usersView.verticalHeader().setVisible(False)

        self.usersColumn.addWidget(self.usersView)

        self.usersButtons = QHBoxLayout()
        self.usersButtons.setSpacing(8)
        self.usersButtons.setObjectName(u"usersButtons")
        self.addUserButton = QPushButton(self.usersGroup)
        self.addUserButton.setObjectName(u"addUserButton")

        self.usersButtons.addWidget(self.addUserButton)

        self.usersCount = QLabel(self.usersGroup)
        self.usersCount.setObjectName(u"usersCount")
        self.usersCount.setText(u"")

        self.usersButtons.addWidget(self.usersCount)

        self.usersStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.usersButtons.addItem(self.usersStretch)


        self.usersColumn.addLayout(self.usersButtons)


        self.column.addWidget(self.usersGroup)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottomStretch)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.idleLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.changePasswordButton)
        QWidget.setTabOrder(self.changePasswordButton, self.usersView)
        QWidget.setTabOrder(self.usersView, self.addUserButton)

        self.retranslateUi(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        self.heading.setText(QCoreApplication.translate("SettingsForm", u"Settings", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsForm", u"&Language of the window", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Language of the window", None))
#endif // QT_CONFIG(accessibility)
        self.languageHint.setText(QCoreApplication.translate("SettingsForm", u"The window speaks the new language at once; nothing typed on other pages is lost. Reports and messages of the database follow it too.", None))
        self.lockGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Locking", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsForm", u"Lock &after, minutes without use", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Minutes without use before the window locks", None))
#endif // QT_CONFIG(accessibility)
        self.lockHint.setText(QCoreApplication.translate("SettingsForm", u"The locked window asks for the password again and keeps everything typed. Ctrl+L locks it at once.", None))
        self.passwordGroup.setTitle(QCoreApplication.translate("SettingsForm", u"My password", None))
        self.changePasswordButton.setText(QCoreApplication.translate("SettingsForm", u"&Change my password\u2026", None))
        self.usersGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Users of this computer", None))
#if QT_CONFIG(accessibility)
        self.usersView.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Users of this computer", None))
#endif // QT_CONFIG(accessibility)
        self.addUserButton.setText(QCoreApplication.translate("SettingsForm", u"&Add a user\u2026", None))
        pass
    # retranslateUi

