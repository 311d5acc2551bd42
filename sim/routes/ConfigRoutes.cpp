#include "ConfigRoutes.h"

#include "Server.h"
#include "data/Catalog.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace osm::sim {

namespace {

constexpr int kCcEmailMaxCount = 10;

QString languageOf(const Request &r)
{
    return r.wantsEnglish() ? QStringLiteral("en-us") : QStringLiteral("zh-cn");
}

QString pick(bool english, const char *zh, const char *en)
{
    return english ? QString::fromUtf8(en) : QString::fromUtf8(zh);
}

const Catalog &catalog()
{
    return Catalog::instance();
}

// The acronym of a product category: the text in the English name's parentheses ("ECS"), else "".
QString acronymOf(const Catalog::Entry &category)
{
    const qsizetype open = category.en.lastIndexOf(QLatin1Char('('));
    const qsizetype close = category.en.lastIndexOf(QLatin1Char(')'));
    return open >= 0 && close > open ? category.en.mid(open + 1, close - open - 1) : QString();
}

QJsonObject productCategoryJson(const Catalog::Entry &c, bool english)
{
    const QString subType = Catalog::nameOf(catalog().subTypes, c.parentId, english);
    return QJsonObject{
        {QStringLiteral("incident_product_category_id"), c.id},
        {QStringLiteral("incident_product_category_name"), c.name(english)},
        {QStringLiteral("incident_product_category_desc"), subType},
        {QStringLiteral("incident_product_category_acronym"), acronymOf(c)},
        {QStringLiteral("can_use_support_plan"), 1}, // Boolean in the table, 1 in the examples
    };
}

Response listAreaCodes(Request &r)
{
    const bool en = r.wantsEnglish();
    const struct
    {
        int id;
        const char *code;
        const char *zh;
        const char *en;
    } codes[] = {
        {1, "86", "中国", "China"},
        {2, "354", "冰岛", "Iceland"},
        {3, "852", "中国香港", "Hong Kong (China)"},
        {4, "1", "美国", "United States"},
        {5, "44", "英国", "United Kingdom"},
        {6, "65", "新加坡", "Singapore"},
    };
    QJsonArray list;
    for (const auto &c : codes)
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("area_code"), QString::fromLatin1(c.code)},
                                {QStringLiteral("area_name"), pick(en, c.zh, c.en)}});
    return Response::json(QJsonObject{{QStringLiteral("area_code_list"), list}});
}

Response listProblemTypes(Request &r)
{
    Params p(r);
    const QString productCategoryId = p.string(QStringLiteral("product_category_id"), 64);
    const QString subTypeId = p.string(QStringLiteral("incident_sub_type_id"), 32);
    if (!p.ok())
        return p.error();
    const bool en = r.wantsEnglish();
    QJsonArray list;
    for (const Catalog::Entry &type : catalog().businessTypes) {
        if (!productCategoryId.isEmpty() && type.parentId != productCategoryId)
            continue;
        const Catalog::Entry *category = Catalog::find(catalog().productCategories, type.parentId);
        if (!subTypeId.isEmpty() && (!category || category->parentId != subTypeId))
            continue;
        list.append(QJsonObject{{QStringLiteral("business_type_id"), type.id},
                                {QStringLiteral("business_type_name"), type.name(en)},
                                {QStringLiteral("case_type"), QString::number(type.caseTypeId)},
                                {QStringLiteral("can_use_support_plan"), type.caseTypeId == 5}});
    }
    // The example's total_count (the table says count) and no gray.
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(list.size())},
                                      {QStringLiteral("incident_business_type_list"), list}});
}

Response listExtendsParams(Request &r)
{
    Params p(r);
    const QString businessTypeId = p.string(QStringLiteral("business_type_id"), 32, true);
    p.string(QStringLiteral("incident_sub_type_id"), 32);
    p.string(QStringLiteral("product_category_id"), 64);
    if (!p.ok())
        return p.error();
    const bool en = r.wantsEnglish();
    const QString language = languageOf(r);
    QJsonArray params;
    const Catalog::Entry *type = Catalog::find(catalog().businessTypes, businessTypeId);
    const Catalog::Entry *category = type ? Catalog::find(catalog().productCategories, type->parentId) : nullptr;
    const QString acronym = category ? acronymOf(*category) : QString();
    auto param = [&](const QString &key, const QString &name, int paramType, int required, int length,
                     const QString &regex) {
        return QJsonObject{
            {QStringLiteral("tips"), pick(en, "请填写", "Please fill in")},
            {QStringLiteral("required"), required},
            {QStringLiteral("length"), length},
            {QStringLiteral("language"), language},
            {QStringLiteral("param_key"), key},
            {QStringLiteral("param_name"), name},
            {QStringLiteral("param_type"), paramType},
            {QStringLiteral("param_desc"), name},
            {QStringLiteral("default_value"), QJsonValue::Null},
            {QStringLiteral("max_value"), QJsonValue::Null},
            {QStringLiteral("min_value"), QJsonValue::Null},
            {QStringLiteral("select_item"), QJsonValue::Null},
            {QStringLiteral("is_show"), 1},
            {QStringLiteral("is_sensitive"), 0},
            {QStringLiteral("regex"), regex},
        };
    };
    if (!acronym.isEmpty()) {
        const QString key = acronym.toLower() + QStringLiteral("_instance_id");
        params.append(param(key, en ? acronym + QStringLiteral(" instance ID") : acronym + QStringLiteral(" 实例id"), 3,
                            1, 36, QStringLiteral("^[0-9a-zA-Z-]{1,36}$")));
    }
    if (type && type->caseTypeId == 5)
        params.append(param(QStringLiteral("error_message"), pick(en, "错误信息", "Error message"), 8, 0, 2000, {}));
    // extends_params is an array (the table; a problem type has several); common_params is one object, as in
    // the example.
    return Response::json(QJsonObject{
        {QStringLiteral("extends_params"), params},
        {QStringLiteral("common_params"),
         QJsonObject{{QStringLiteral("param_key"), QStringLiteral("remark")},
                     {QStringLiteral("param_name"), pick(en, "备注", "Remarks")},
                     {QStringLiteral("is_show"), 1},
                     {QStringLiteral("is_required"), 0}}},
    });
}

Response listProblemTemplates(Request &r)
{
    Params p(r);
    // business_type_id (the table) or incident_business_type_id (the request example).
    const bool tableName = r.hasQuery(QStringLiteral("business_type_id"));
    const QString businessTypeId =
        p.string(tableName ? QStringLiteral("business_type_id") : QStringLiteral("incident_business_type_id"), 32, true);
    if (!p.ok())
        return p.error();
    const bool en = r.wantsEnglish();
    QJsonArray list;
    if (const Catalog::Entry *type = Catalog::find(catalog().businessTypes, businessTypeId)) {
        list.append(QJsonObject{
            {QStringLiteral("incident_template_id"), type->id.left(8) + QStringLiteral("-t1")},
            {QStringLiteral("incident_template_name"), en ? type->en + QStringLiteral(" template") : type->zh + QStringLiteral("模板")},
            {QStringLiteral("incident_template_content"),
             pick(en, "|- 资源id: 问题描述: 发生时间: ", "|- Resource ID: Description: Time of occurrence: ")},
        });
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(list.size())},
                                      {QStringLiteral("incident_template_list"), list}});
}

Response listCaseCategories(Request &r)
{
    const bool en = r.wantsEnglish();
    QJsonArray subTypes;
    for (const Catalog::Entry &sub : catalog().subTypes) {
        QJsonArray categories;
        for (const Catalog::Entry &c : catalog().productCategories) {
            if (c.parentId == sub.id)
                categories.append(productCategoryJson(c, en));
        }
        subTypes.append(QJsonObject{{QStringLiteral("incident_sub_type_id"), sub.id},
                                    {QStringLiteral("incident_sub_type_name"), sub.name(en)},
                                    {QStringLiteral("incident_product_category_list"), categories}});
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(subTypes.size())},
                                      {QStringLiteral("incident_sub_type_list"), subTypes}});
}

Response listProductCategories(Request &r)
{
    Params p(r);
    const QString name = p.string(QStringLiteral("product_category_name"), 64);
    const bool precise = p.boolean(QStringLiteral("precise_search"), false);
    const QString acronym = p.string(QStringLiteral("product_category_acronym"), 64);
    if (!p.ok())
        return p.error();
    const bool en = r.wantsEnglish();
    auto hit = [precise](const QString &candidate, const QString &wanted) {
        return wanted.isEmpty()
               || (precise ? candidate.compare(wanted, Qt::CaseInsensitive) == 0
                           : candidate.contains(wanted, Qt::CaseInsensitive));
    };
    QJsonArray list;
    for (const Catalog::Entry &c : catalog().productCategories) {
        // A name matches in either language.
        if (!name.isEmpty() && !hit(c.zh, name) && !hit(c.en, name))
            continue;
        if (!acronym.isEmpty() && !hit(acronymOf(c), acronym))
            continue;
        list.append(productCategoryJson(c, en));
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(list.size())},
                                      {QStringLiteral("incident_product_category_list"), list}});
}

Response listRegions(Request &r)
{
    const bool en = r.wantsEnglish();
    QJsonArray list;
    for (const Catalog::Entry &region : catalog().regions) {
        list.append(QJsonObject{{QStringLiteral("type"), region.id.startsWith(QLatin1String("cn-")) ? 0 : 1},
                                {QStringLiteral("region_id"), region.id},
                                {QStringLiteral("region_name"), region.name(en)},
                                {QStringLiteral("is_sensitive"), 0}});
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(list.size())},
                                      {QStringLiteral("data_center_list"), list}});
}

QJsonArray names(const char *zh, const char *en)
{
    return QJsonArray{QJsonObject{{QStringLiteral("name"), QString::fromUtf8(zh)}, {QStringLiteral("language"), QStringLiteral("zh-cn")}},
                      QJsonObject{{QStringLiteral("name"), QString::fromUtf8(en)}, {QStringLiteral("language"), QStringLiteral("en-us")}}};
}

Response listSatisfactionDimensions(Request &r)
{
    const bool en = r.wantsEnglish();
    const QString parentId = QStringLiteral("0460ac4dd06a4530adbfd384d9c79bc2");
    const QString categoryId = QStringLiteral("16781abcc47047e2ba821ed0d1c95bdb");
    // The 5.3.6/5.3.8 satisfaction ids the case detail uses (6 timeliness, 7 result).
    QJsonArray dimensions{
        QJsonObject{{QStringLiteral("value"), 5}, {QStringLiteral("satisfaction_id"), 6},
                    {QStringLiteral("satisfaction_desc"), pick(en, "处理及时性", "Handling timeliness")},
                    {QStringLiteral("per_value"), 1}, {QStringLiteral("sat_category_id"), categoryId}},
        QJsonObject{{QStringLiteral("value"), 5}, {QStringLiteral("satisfaction_id"), 7},
                    {QStringLiteral("satisfaction_desc"), pick(en, "处理结果", "Handling result")},
                    {QStringLiteral("per_value"), 1}, {QStringLiteral("sat_category_id"), categoryId}},
    };
    auto instance = [](const char *id, int stars, const char *zh, const char *enName) {
        return QJsonObject{{QStringLiteral("instance_id"), QString::fromLatin1(id)},
                           {QStringLiteral("start_num"), stars},
                           {QStringLiteral("points"), stars},
                           {QStringLiteral("instance_names"), names(zh, enName)}};
    };
    const QJsonObject dimension{
        {QStringLiteral("dimension_id"), QStringLiteral("12")},
        {QStringLiteral("satisfaction_dimension_instances"),
         QJsonArray{instance("16552f113fde40499abc3462bfd5f635", 3, "产品功能完善度一般", "Product features are adequate"),
                    instance("1bf6b6e1bbc8449f8b859bb0aa9d3e74", 4, "产品功能完善", "Product features are complete")}},
        {QStringLiteral("dimension_names"), names("产品功能", "Product features")},
    };
    const QJsonObject sub{
        {QStringLiteral("category_id"), categoryId},
        {QStringLiteral("is_valid"), 1},
        {QStringLiteral("type"), QStringLiteral("incident")},
        {QStringLiteral("sub_satisfactions"), QJsonArray{}},
        {QStringLiteral("satisfaction_dimensions"), QJsonArray{dimension}},
        {QStringLiteral("category_names"), names("工单服务", "Case service")},
    };
    const QJsonObject top{
        {QStringLiteral("category_id"), parentId},
        {QStringLiteral("is_valid"), 1},
        {QStringLiteral("type"), QStringLiteral("incident")},
        {QStringLiteral("sub_satisfactions"), QJsonArray{sub}},
        {QStringLiteral("satisfaction_dimensions"), QJsonArray{}},
        {QStringLiteral("category_names"), names("普通工单", "Cases")},
    };
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(dimensions.size())},
                                      {QStringLiteral("satisfaction_dimension_list"), dimensions},
                                      {QStringLiteral("satisfaction_categories"), QJsonArray{top}}});
}

Response listSeverities(Request &r)
{
    Params p(r);
    const QString productCategoryId = p.string(QStringLiteral("product_category_id"), 64, true);
    const QString businessTypeId = p.string(QStringLiteral("business_type_id"), 32, true);
    if (!p.ok())
        return p.error();
    const Catalog::Entry *type = Catalog::find(catalog().businessTypes, businessTypeId);
    if (!type || type->parentId != productCategoryId)
        return Response::badRequest(QStringLiteral("business_type_id is not a problem type of product_category_id"));
    const bool en = r.wantsEnglish();
    QJsonArray list;
    for (const Catalog::Entry &s : catalog().severities) {
        // Consultations cannot be critical (choice: the reference ties the list to the support plan).
        if (type->caseTypeId != 5 && s.id == QLatin1String("3"))
            continue;
        list.append(QJsonObject{{QStringLiteral("language"), languageOf(r)},
                                {QStringLiteral("severity_name"), s.name(en)},
                                {QStringLiteral("severity_id"), s.id}});
    }
    return Response::json(QJsonObject{{QStringLiteral("show"), 1}, // Boolean in the table, 1 in the example
                                      {QStringLiteral("severity_list"), list}});
}

Response showCaseLimits()
{
    return Response::json(QJsonObject{
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("create_case_ccemail_max_count"), kCcEmailMaxCount}}}});
}

} // namespace

void ConfigRoutes::registerRoutes(Router &router, Server &server)
{
    Q_UNUSED(server)
    const QString config = QStringLiteral("/v2/servicerequest/config/");
    const auto get = [&](const char *path, Router::Handler handler) {
        router.add("GET", config + QLatin1String(path), Router::Auth::Osm, std::move(handler));
    };
    get("area-codes", [](Request &r) { return listAreaCodes(r); });
    get("problems", [](Request &r) { return listProblemTypes(r); });
    get("extends-map", [](Request &r) { return listExtendsParams(r); });
    get("templates", [](Request &r) { return listProblemTemplates(r); });
    get("categories", [](Request &r) { return listCaseCategories(r); });
    get("product-categories", [](Request &r) { return listProductCategories(r); });
    get("regions", [](Request &r) { return listRegions(r); });
    get("satisfaction-dimensions", [](Request &r) { return listSatisfactionDimensions(r); });
    get("severities", [](Request &r) { return listSeverities(r); });
    get("limits", [](Request &) { return showCaseLimits(); });
}

} // namespace osm::sim
