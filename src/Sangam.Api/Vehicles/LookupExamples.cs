using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Vehicles;

/// <summary>Request and response examples of the OpenAPI document, from the contract's documented shapes.</summary>
internal static class LookupExamples
{
    public const string VehicleRequest = """{"vehiclenumber": "MH12NW4402"}""";

    public static readonly string Vahan = OperationExamples.FlatAndWrapped("""
        {"response": [{"response": "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<VehicleDetails>\n <stautsMessage>OK</stautsMessage>\n <rc_regn_no>MH12NW4402</rc_regn_no>\n <rc_regn_dt>14-Mar-2019</rc_regn_dt>\n <rc_regn_upto>10-Jan-2028</rc_regn_upto>\n <rc_owner_name>S*********H R******S</rc_owner_name>\n <rc_vch_catg>HGV</rc_vch_catg>\n <rc_vh_class_desc>Goods Carrier</rc_vh_class_desc>\n <rc_fit_upto>10-Jan-2028</rc_fit_upto>\n <rc_tax_upto>31-Mar-2027</rc_tax_upto>\n <rc_insurance_upto>24-Jul-2027</rc_insurance_upto>\n <rc_status>ACTIVE</rc_status>\n <rc_blacklist_status></rc_blacklist_status>\n</VehicleDetails>\n", "responseStatus": "SUCCESS"}],
         "error": "false", "code": "200", "message": "Success"}
        """);

    public static readonly string VahanNotFound = OperationExamples.FlatAndWrapped("""
        {"response": [{"response": "Vehicle Details not Found", "responseStatus": "ERROR"}], "error": "false", "code": "200", "message": "Success"}
        """);

    public const string SarathiRequest = """{"dlnumber": "HR51 20210018922", "dob": "1987-05-26"}""";

    public static readonly string Sarathi = OperationExamples.FlatAndWrapped("""
        {"response": [{"response": {"dldetobj": [{
           "bioObj": {"bioFullName": "RAJESH KUMAR", "bioDob": "1987-05-26", "bioGenderDesc": "Male", "bioBloodGroup": "B+"},
           "dlobj": {"dlLicno": "HR51 20210018922  ", "dlStatus": "Active", "dlIssuedt": "2021-03-14", "dlNtValdtoDt": "2047-05-25", "dlTrValdtoDt": null, "dlRtoCode": "HR51", "stateName": "Haryana"},
           "dlcovs": [{"dcLicno": "HR51 20210018922  ", "dcIssuedt": "2021-03-14", "covabbrv": "LMV   ", "covdesc": "LIGHT MOTOR VEHICLE"}],
           "errorcd": 0, "erormsg": null}]},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}
        """);

    public static readonly string SarathiNotFound = OperationExamples.FlatAndWrapped("""
        {"response": [{"response": "DL Details not Found", "responseStatus": "ERROR"}], "error": "false", "code": "200", "message": "Success"}
        """);

    public const string Crossings = """
        {"success": true, "message": "Success", "data": {"response": [{"response": {
           "result": "SUCCESS", "respCode": "000", "ts": "2023-05-22T15:26:03",
           "vehicle": {"errCode": "000", "vehltxnList": {"totalTagsInMsg": "1", "msgNum": "1", "totalTagsInresponse": "1", "totalMsg": "1",
             "txn": [{"readerReadTime": "2023-05-19 16:18:45.0", "seqNo": "4eb70376-2bbe-422f-8d98-b59bda007230", "laneDirection": "E",
                      "tollPlazaGeocode": "32.197881,75.533697", "tollPlazaName": "LADPALWAN TOLL PLAZA", "vehicleType": "VC11", "vehicleRegNo": "AB03Y8611"}]}}},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}}
        """;

    public const string CrossingsNotFound = """
        {"success": true, "message": "Success", "data": {"response": [{"response": {"result": "FAILURE", "respCode": "000", "ts": "2023-05-22T15:26:03", "vehicle": {"errCode": "740"}},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}}
        """;

    public const string TagRequest = """{"tagid": "34161FA820328972487BE420"}""";

    public const string Tag = """
        {"success": true, "message": "Success", "data": {"response": [{"response": {
           "result": "SUCCESS", "successReqCnt": "1", "totReqCnt": "1", "respCode": "000", "ts": "2024-07-12T11:43:38",
           "vehicle": {"errCode": "000", "vehicledetails": [{"detail": [
             {"name": "TAGID", "value": "34161FA820328972487BE420"}, {"name": "REGNUMBER", "value": "MP09DJ2744"},
             {"name": "TID", "value": "E200680A0000400AAC53CC34"}, {"name": "VEHICLECLASS", "value": "VC20"},
             {"name": "TAGSTATUS", "value": "A"}, {"name": "ISSUEDATE", "value": "2024-04-09"},
             {"name": "EXCCODE", "value": "00"}, {"name": "BANKID", "value": "607417"}, {"name": "COMVEHICLE", "value": "T"}]}]}},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}}
        """;

    public const string TagNotFound = """
        {"success": true, "message": "Success", "data": {"response": [{"response": {"result": "FAILURE", "successReqCnt": "0", "totReqCnt": "1", "respCode": "239",
          "ts": "2024-07-12T11:43:38", "vehicle": {"errCode": "239"}}, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}}
        """;

    public const string Challans = """
        {"success": true, "message": "Success", "data": {"response": [{"response": {"data": {"Pending_data": [{
           "challan_no": "TN09123456789012345678", "challan_date_time": "16-07-2026 16:44:58", "challan_place": "KRISHNAGIRI TOLL PLAZA",
           "challan_status": "Pending", "state_code": "TN", "rto_distric_name": "Chennai", "owner_name": "D****K Y***V", "name_of_violator": "S****H K***R",
           "dl_no": "", "fine_imposed": "20000", "amount_of_fine_imposed": 20000, "received_amount": null, "receipt_no": "",
           "sent_to_reg_court": "No", "sent_to_virtual_court": "No", "sent_to_court_on": "", "court_name": "", "document_impounded": "No", "remark": "",
           "offence_details": [{"act": "Section 194(1) of MV Act", "name": "Carrying goods in excess of the permitted gross vehicle weight"}]}],
           "Disposed_data": []}, "message": "Record  finds successfully", "status": "200"}, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}}
        """;

    public const string ChallansNotFound = """
        {"success": true, "message": "Success", "data": {"response": [{"response": {"code": "305", "message": "No Records Found!"}, "responseStatus": "SUCCESS"}],
         "error": "false", "code": "200", "message": "Success"}}
        """;

    public const string ReadinessRequest = """{"vehiclenumber": "KA01AB1234", "dlnumber": "GJ04 20120005008", "dob": "1987-05-26"}""";

    public const string Readiness = """
        {"vehicle_number": "KA01AB1234", "dl_number": "GJ04 20120005008", "checked_at": "2026-11-26T10:15:00+05:30",
         "verdict": "not_ready", "dispatchable": false,
         "blockers": ["insurance: The insurance expired on 2026-11-06", "pollution: The PUC certificate expired on 2026-11-21"],
         "warnings": [], "unverified": ["permit: No ULIP service reports permits (VAHAN/01 and VAHAN/04 carry none): check the permit on its document"],
         "checks": [
           {"name": "registration", "source": "VAHAN", "status": "pass", "detail": "The registration is active", "evidence": {"rc_status": "ACTIVE"}},
           {"name": "insurance", "source": "VAHAN", "status": "fail", "detail": "The insurance expired on 2026-11-06", "evidence": {"rc_insurance_upto": "06-Nov-2026"}},
           {"name": "pollution", "source": "VAHAN/04", "status": "fail", "detail": "The PUC certificate expired on 2026-11-21", "evidence": {"rcPuccUpto": "21-Nov-2026"}},
           {"name": "permit", "source": "VAHAN", "status": "unavailable", "detail": "No ULIP service reports permits (VAHAN/01 and VAHAN/04 carry none): check the permit on its document", "evidence": {"rc_vch_catg": "HGV"}},
           {"name": "fastag", "source": "FASTAG", "status": "pass", "detail": "FASTag 34161FA8203C2B7E19A4D0F6 is active", "evidence": {"TAGID": "34161FA8203C2B7E19A4D0F6", "TAGSTATUS": "A", "VEHICLECLASS": "VC11"}},
           {"name": "licence_class", "source": "SARATHI", "status": "pass", "detail": "HGMV, TRANS covers a heavy goods vehicle", "evidence": {"covabbrv": "MCWG, LMV, HGMV, TRANS"}}],
         "sources": [{"service": "VAHAN", "outcome": "found", "cache_hit": false, "detail": null}, {"service": "VAHAN/04", "outcome": "found", "cache_hit": false, "detail": null},
                     {"service": "SARATHI", "outcome": "found", "cache_hit": true, "detail": null}]}
        """;
}
