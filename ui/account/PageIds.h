#pragma once

#include <QString>

// The pages' ids: what a PageDeclaration is known by, what AccountWidget::openPage() and
// page() take, the badges' keys; the tests open pages by them too.
namespace citoyens::PageId {

inline const QString Orders = QStringLiteral("orders");
inline const QString Reservations = QStringLiteral("reservations");
inline const QString Wallet = QStringLiteral("wallet");
inline const QString Services = QStringLiteral("services");
inline const QString Profile = QStringLiteral("profile");
inline const QString Beneficiaries = QStringLiteral("beneficiaries");
inline const QString Notifications = QStringLiteral("notifications");
inline const QString Queue = QStringLiteral("queue");
inline const QString Attendance = QStringLiteral("attendance");
inline const QString Citizens = QStringLiteral("citizens");
inline const QString NewCitizen = QStringLiteral("newCitizen");
inline const QString Workstation = QStringLiteral("workstation");

} // namespace citoyens::PageId
