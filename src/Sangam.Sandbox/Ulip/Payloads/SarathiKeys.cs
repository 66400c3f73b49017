namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// The keys of SARATHI's licence answer (<c>dldetobj[0]</c> and its objects), in the order of the record NLDSL
/// supplied with its integration document. The emulator answers every one of them; those it has no data for are null,
/// as they often are upstream.
/// </summary>
internal static class SarathiKeys
{
    public static readonly string[] Details =
    [
        "transReqObj", "dlTest", "dlEndorsementObj", "objections", "psvBadgeissued", "dbLoc", "dlHzHillObj", "errorcd", "dlCovHistObj",
        "dlcovs", "bioObj", "idIdpIssuedpPojo", "dlobj", "erormsg", "bioImgObj", "dlHistObj",
    ];

    public static readonly string[] Licence =
    [
        "enforceFromDate", "dlLicno", "dlDispatchStatus", "omRtoFullname", "dlTokenId", "dlStateCode", "enforceRemark", "dlIncChallanNo",
        "dlIssueauth", "stateName", "dlBioId", "dlAuthNo", "dlNtValdtoDate", "dlHzValdtoDt", "dlLatestTrcode", "omOfficeTownname",
        "dlInvcrgNo", "dlAuthDt", "dlIssuedt", "dlHlValdtoDate", "dlEndorseno", "bioid", "olacode", "dlIncSourceType", "dlOldLicno",
        "dlHzValdfrDt", "dlIntermediateStage", "dlIssueDate", "enforceEndDate", "dlSeqno", "dlTrValdtoDt", "dlRemarks", "dlRecGenesis",
        "dlNtValdfrDt", "dlEndorsetime", "dlHlValdtoDt", "dlHzValdtoDate", "dlEndorseAuth", "dlStatus", "olaName", "statecd", "dlUsid",
        "dlEndorsedt", "dlAuthIssauth", "dlIssuedesig", "omRtoShortname", "dlHlValdfrDt", "dlTrValdtoDate", "dlAuthCov", "dlPrintDate",
        "dlPrintStatus", "dlApplno", "dlDigest", "dlIncRtoAction", "dlRtoCode", "dlTrValdfrDt", "dlolaCode", "dlNtValdtoDt",
    ];

    public static readonly string[] Holder =
    [
        "bioPermSdName", "bioDigest", "bioStayperiodPresentAddr", "bioTempPin", "bioBioidSearch", "bioTempAdd2", "bioTempAdd1",
        "bioTokenId", "bioEndorsedt", "bioTempAdd3", "bioSwdLname", "bioRecGenesis", "bioPermVillTownCd", "bioIdentityMark1",
        "bioIdentityMark2", "bioUserId", "bioNatName", "bioQmQualcd", "bioNprNo", "bioAadhaarNo", "bioGender", "bioPermDistCd",
        "bioTempDistCd", "bioPhoneNo", "bioTempVillTownCd", "bioEndorsetime", "bioFirstName", "bioMobileNo", "bioPermVillTownName",
        "bioOrganDonor", "bioTempSdName", "bioBloodGroupname", "bioTempLocal", "dob", "bioPermLocType", "bioPermSdcode", "fullAddress",
        "bioDob", "bioApplno", "bioAadhaarName", "bioBioId", "bioEmailId", "bioPoliceStncd", "bioPermPin", "bioTempLocType", "biPhoto",
        "bioBirthplace", "bioMiddleName", "bioPermDistName", "bioPermAdd3", "bioTempVillTownName", "bioAltMobileNo", "bioPermAdd1",
        "bioLastName", "bioPermAdd2", "bioFullName", "bioGenderDesc", "bioPerDetAadhaar", "bioSwdFname", "bioTempSdcode", "bioQmQualdesc",
        "bioEndorsementNo", "bioSwdFullName", "bioTempDistName", "bioCitiZen", "bioSwdMname", "bioBloodGroup", "bioPermLocal",
        "aadharAuthenticated", "bioDlno", "pht", "bioDependentRelation",
    ];

    public static readonly string[] Class =
    [
        "dlBacklogCovEndtime", "dcApplno", "badgeIssuedAuth", "dcCovStatus", "dcInvcrgNo", "olacd", "endouserid", "covabbrv", "dcIssuedt",
        "olaName", "dbcImvName", "vecatg", "dcReflicNo", "badgeNo", "veBadgeIssue", "veShortdesc", "dcEndorsedt", "dcEndorsetime",
        "dcAuthDt", "covIssueAuthCode", "dcTokenId", "badgeIssuedt", "dcCovcd", "dcReflicType", "covIssuedt", "dbcImvDesig", "dcEndorseNo",
        "dcLicno", "dcAuthNo", "covdesc", "dcInvrgdesc", "dlTestdate",
    ];
}
