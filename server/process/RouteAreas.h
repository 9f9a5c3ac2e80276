#pragma once

#include "auth/AuthServices.h"
#include "payments/PaymentRoutes.h"
#include "quotient/QuotientRoutes.h"
#include "routing/ServiceDeps.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace citoyens::server {

class ApiRouter;
class Clock;

// Everything a route area is built from; what it points to is owned by ServerApp, which
// outlives every request. Left empty, it builds areas that only list their routes (`routes`).
struct AreaDeps
{
    ServiceDeps services;
    AuthServices auth;
    PaymentDeps payments;
    const Clock* clock = nullptr; // ServerApp's (--now); null: the system clock
    QString holdDir; // --test-hold-dir, for the orders
    QuotientDeps quotient; // API Particulier (--api-particulier-*)
};

// Every route area of the API, built from the one list in RouteAreas.cpp: a route class with
// registerOn(ApiRouter&), its name and the deps it takes. ServerApp serves them; `routes` lists them.
class RouteAreas
{
public:
    explicit RouteAreas(const AreaDeps& deps);
    ~RouteAreas();
    RouteAreas(const RouteAreas&) = delete;
    RouteAreas& operator=(const RouteAreas&) = delete;

    // GET /health, then every area's routes in the order of the list.
    void registerOn(ApiRouter& router) const;
    QStringList names() const;

    // The area built as `Routes`, for the hooks ServerApp calls on it (PaymentRoutes::notified);
    // null when the list has none.
    template<typename Routes> Routes* find() const
    {
        for (const Entry& entry : m_areas) {
            if (auto* held = dynamic_cast<Held<Routes>*>(entry.area.get()))
                return held->routes.get();
        }
        return nullptr;
    }

private:
    struct Area
    {
        virtual ~Area() = default;
        virtual void registerOn(ApiRouter& router) = 0;
    };
    template<typename Routes> struct Held final : Area
    {
        explicit Held(std::unique_ptr<Routes> built)
            : routes(std::move(built))
        { }
        void registerOn(ApiRouter& router) override { routes->registerOn(router); }
        std::unique_ptr<Routes> routes;
    };
    struct Entry
    {
        QString name;
        std::unique_ptr<Area> area;
    };

    template<typename Routes, typename... Deps> void add(const char* name, const Deps&... deps)
    {
        m_areas.push_back({ QLatin1String(name), std::make_unique<Held<Routes>>(std::make_unique<Routes>(deps...)) });
    }

    std::vector<Entry> m_areas;
};

} // namespace citoyens::server
