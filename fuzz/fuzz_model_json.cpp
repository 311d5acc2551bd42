// libFuzzer target: every API response type's lenient reader, fed through the same path a real answer takes
// (ResponseInterpreter on an HTTP 200 JSON body, then T::fromJson on the object). The first input byte picks
// the type (modulo the table's size); the rest is the body. scripts/fuzz.sh reads the table below (the
// OSM_FUZZ_TYPE lines, in order) to prefix each reference example with the byte of its endpoint's type.

#include "model/Accessory.h"
#include "model/AccessoryLimits.h"
#include "model/AccessoryUrlList.h"
#include "model/Acknowledgement.h"
#include "model/Agency.h"
#include "model/AgencyList.h"
#include "model/Agreement.h"
#include "model/AgreementSignature.h"
#include "model/AgreementSignedState.h"
#include "model/AreaCode.h"
#include "model/AreaCodeList.h"
#include "model/Authorization.h"
#include "model/AuthorizationDetail.h"
#include "model/AuthorizationInfo.h"
#include "model/AuthorizationList.h"
#include "model/BastionFileTransferLog.h"
#include "model/BastionFileTransferLogList.h"
#include "model/BastionOperationLog.h"
#include "model/BastionOperationLogList.h"
#include "model/BastionSession.h"
#include "model/BastionSessionList.h"
#include "model/CaseCategoryList.h"
#include "model/CaseCreated.h"
#include "model/CaseDetail.h"
#include "model/CaseExtInfo.h"
#include "model/CaseExtendsParam.h"
#include "model/CaseExtendsParamList.h"
#include "model/CaseLabelList.h"
#include "model/CaseLimits.h"
#include "model/CaseList.h"
#include "model/CaseOperateLog.h"
#include "model/CaseOperateLogList.h"
#include "model/CasePrivilege.h"
#include "model/CaseQuota.h"
#include "model/CaseStatusInfo.h"
#include "model/CaseSubType.h"
#include "model/CaseSummary.h"
#include "model/CcEmailInfo.h"
#include "model/CcEmails.h"
#include "model/CommonParam.h"
#include "model/ConfigName.h"
#include "model/Configuration.h"
#include "model/CustomerRegionList.h"
#include "model/DiagnoseItemDetail.h"
#include "model/DiagnoseItemDetailList.h"
#include "model/DiagnoseItemResult.h"
#include "model/DiagnoseJob.h"
#include "model/DiagnoseJobStarted.h"
#include "model/DiagnoseRecord.h"
#include "model/DiagnoseRecordList.h"
#include "model/DiagnoseResource.h"
#include "model/DiagnoseResourceList.h"
#include "model/DomainList.h"
#include "model/ExtendsParam.h"
#include "model/ExtendsParamList.h"
#include "model/InstantMessagePoll.h"
#include "model/Label.h"
#include "model/LabelList.h"
#include "model/LoginType.h"
#include "model/Message.h"
#include "model/MessageList.h"
#include "model/PartnerCasePrivilege.h"
#include "model/PartnerServiceInfoResult.h"
#include "model/PartnersServiceInfo.h"
#include "model/PrivilegePolicy.h"
#include "model/ProblemTemplate.h"
#include "model/ProblemTemplateList.h"
#include "model/ProblemType.h"
#include "model/ProblemTypeList.h"
#include "model/ProductCategory.h"
#include "model/ProductCategoryList.h"
#include "model/PublishedAgreement.h"
#include "model/Region.h"
#include "model/RegionInfo.h"
#include "model/RegionList.h"
#include "model/RelatedCase.h"
#include "model/RelatedCaseList.h"
#include "model/Satisfaction.h"
#include "model/SatisfactionCategory.h"
#include "model/SatisfactionConfigDimension.h"
#include "model/SatisfactionDimension.h"
#include "model/SatisfactionDimensionInstance.h"
#include "model/SatisfactionDimensionList.h"
#include "model/Severity.h"
#include "model/SeverityList.h"
#include "model/SpecialApprovalQuota.h"
#include "model/StatusCounts.h"
#include "model/SubCustomer.h"
#include "model/SubCustomerList.h"
#include "model/Token.h"
#include "model/UnreadCounts.h"
#include "model/UploadedAccessory.h"
#include "model/VerificationNeed.h"
#include "model/VerifiedContact.h"
#include "model/VerifiedContactList.h"
#include "net/ResponseInterpreter.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

using Reader = void (*)(const QJsonObject &);

// Reads the object and writes it back: toJson() walks every field the reader filled.
template<typename T>
void readAndWrite(const QJsonObject &json)
{
    const T value = T::fromJson(json);
    const QJsonObject written = value.toJson();
    (void)(value == T::fromJson(json)); // the reader is deterministic; also exercises operator==
    (void)written;
}

#define OSM_FUZZ_TYPE(T) &readAndWrite<osm::T>

const Reader kReaders[] = {
    OSM_FUZZ_TYPE(Accessory),
    OSM_FUZZ_TYPE(AccessoryLimits),
    OSM_FUZZ_TYPE(AccessoryUrlList),
    OSM_FUZZ_TYPE(Acknowledgement),
    OSM_FUZZ_TYPE(Agency),
    OSM_FUZZ_TYPE(AgencyList),
    OSM_FUZZ_TYPE(Agreement),
    OSM_FUZZ_TYPE(AgreementSignature),
    OSM_FUZZ_TYPE(AgreementSignedState),
    OSM_FUZZ_TYPE(AreaCode),
    OSM_FUZZ_TYPE(AreaCodeList),
    OSM_FUZZ_TYPE(Authorization),
    OSM_FUZZ_TYPE(AuthorizationDetail),
    OSM_FUZZ_TYPE(AuthorizationInfo),
    OSM_FUZZ_TYPE(AuthorizationList),
    OSM_FUZZ_TYPE(BastionFileTransferLog),
    OSM_FUZZ_TYPE(BastionFileTransferLogList),
    OSM_FUZZ_TYPE(BastionOperationLog),
    OSM_FUZZ_TYPE(BastionOperationLogList),
    OSM_FUZZ_TYPE(BastionSession),
    OSM_FUZZ_TYPE(BastionSessionList),
    OSM_FUZZ_TYPE(CaseCategoryList),
    OSM_FUZZ_TYPE(CaseCreated),
    OSM_FUZZ_TYPE(CaseDetail),
    OSM_FUZZ_TYPE(CaseExtInfo),
    OSM_FUZZ_TYPE(CaseExtendsParam),
    OSM_FUZZ_TYPE(CaseExtendsParamList),
    OSM_FUZZ_TYPE(CaseLabelList),
    OSM_FUZZ_TYPE(CaseLimits),
    OSM_FUZZ_TYPE(CaseList),
    OSM_FUZZ_TYPE(CaseOperateLog),
    OSM_FUZZ_TYPE(CaseOperateLogList),
    OSM_FUZZ_TYPE(CasePrivilege),
    OSM_FUZZ_TYPE(CaseQuota),
    OSM_FUZZ_TYPE(CaseStatusInfo),
    OSM_FUZZ_TYPE(CaseSubType),
    OSM_FUZZ_TYPE(CaseSummary),
    OSM_FUZZ_TYPE(CcEmailInfo),
    OSM_FUZZ_TYPE(CcEmails),
    OSM_FUZZ_TYPE(CommonParam),
    OSM_FUZZ_TYPE(ConfigName),
    OSM_FUZZ_TYPE(Configuration),
    OSM_FUZZ_TYPE(CustomerRegionList),
    OSM_FUZZ_TYPE(DiagnoseItemDetail),
    OSM_FUZZ_TYPE(DiagnoseItemDetailList),
    OSM_FUZZ_TYPE(DiagnoseItemResult),
    OSM_FUZZ_TYPE(DiagnoseJob),
    OSM_FUZZ_TYPE(DiagnoseJobStarted),
    OSM_FUZZ_TYPE(DiagnoseRecord),
    OSM_FUZZ_TYPE(DiagnoseRecordList),
    OSM_FUZZ_TYPE(DiagnoseResource),
    OSM_FUZZ_TYPE(DiagnoseResourceList),
    OSM_FUZZ_TYPE(Domain),
    OSM_FUZZ_TYPE(DomainList),
    OSM_FUZZ_TYPE(ExtendsParam),
    OSM_FUZZ_TYPE(ExtendsParamList),
    OSM_FUZZ_TYPE(InstantMessagePoll::ReadState),
    OSM_FUZZ_TYPE(InstantMessagePoll::MessageUpdate),
    OSM_FUZZ_TYPE(InstantMessagePoll::CaseMessages),
    OSM_FUZZ_TYPE(InstantMessagePoll),
    OSM_FUZZ_TYPE(Label),
    OSM_FUZZ_TYPE(LabelList),
    OSM_FUZZ_TYPE(LoginType),
    OSM_FUZZ_TYPE(Message),
    OSM_FUZZ_TYPE(MessageList),
    OSM_FUZZ_TYPE(PartnerCasePrivilege),
    OSM_FUZZ_TYPE(PartnerServiceInfoResult),
    OSM_FUZZ_TYPE(PartnersServiceInfo),
    OSM_FUZZ_TYPE(PrivilegePolicy),
    OSM_FUZZ_TYPE(ProblemTemplate),
    OSM_FUZZ_TYPE(ProblemTemplateList),
    OSM_FUZZ_TYPE(ProblemType),
    OSM_FUZZ_TYPE(ProblemTypeList),
    OSM_FUZZ_TYPE(ProductCategory),
    OSM_FUZZ_TYPE(ProductCategoryList),
    OSM_FUZZ_TYPE(PublishedAgreement),
    OSM_FUZZ_TYPE(Region),
    OSM_FUZZ_TYPE(RegionInfo),
    OSM_FUZZ_TYPE(RegionList),
    OSM_FUZZ_TYPE(RelatedCase),
    OSM_FUZZ_TYPE(RelatedCaseList),
    OSM_FUZZ_TYPE(Satisfaction),
    OSM_FUZZ_TYPE(SatisfactionCategory),
    OSM_FUZZ_TYPE(SatisfactionConfigDimension),
    OSM_FUZZ_TYPE(SatisfactionDimension),
    OSM_FUZZ_TYPE(SatisfactionDimensionInstance),
    OSM_FUZZ_TYPE(SatisfactionDimensionList),
    OSM_FUZZ_TYPE(Severity),
    OSM_FUZZ_TYPE(SeverityList),
    OSM_FUZZ_TYPE(SpecialApprovalQuota),
    OSM_FUZZ_TYPE(StatusCount),
    OSM_FUZZ_TYPE(StatusCounts),
    OSM_FUZZ_TYPE(SubCustomer),
    OSM_FUZZ_TYPE(SubCustomerList),
    OSM_FUZZ_TYPE(Token),
    OSM_FUZZ_TYPE(UnreadCount),
    OSM_FUZZ_TYPE(UnreadCounts),
    OSM_FUZZ_TYPE(UploadedAccessory),
    OSM_FUZZ_TYPE(VerificationNeed),
    OSM_FUZZ_TYPE(VerifiedContact),
    OSM_FUZZ_TYPE(VerifiedContactList),
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Reader reader = kReaders[data[0] % std::size(kReaders)];

    osm::ResponseInterpreter::Input input;
    input.httpStatus = 200;
    input.contentType = "application/json;charset=UTF-8";
    input.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const osm::ResponseInterpreter::Output output = osm::ResponseInterpreter::interpret(input);
    if (!output.error.isError() && output.json.isObject())
        reader(output.json.toObject());
    return 0;
}
