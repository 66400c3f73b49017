# Generates N rows of MCA company master data (current header) with unique CINs: awk -v n=1000000 -v variant=0 -f gen.awk
BEGIN {
  split("Shree Sri Bharat Hindustan Sahyadri Ganga Yamuna Deccan Konkan Narmada Kaveri Himalaya Vindhya Malabar Coromandel Aravali Saraswati Lakshmi Ganesh Navbharat Suryoday Indus Triveni Satpura Nilgiri Godavari Krishna Mahanadi Vaishnavi Annapurna Kesari Pragati Unnati Samruddhi Prithvi Akash Agni Tapti Chambal Sabari", w1, " ")
  split("Agarwal Patel Reddy Iyer Menon Shah Mehta Gupta Singh Rao Nair Joshi Kulkarni Banerjee Das Chopra Bansal Jain Khanna Desai Goyal Pillai Sethi Bose Verma Saxena Tiwari Pandey Mishra Yadav Chauhan Rathore Shetty Hegde Naidu Gill Sandhu Arora Kapoor Malhotra Bhatia Sinha Thakur Dubey Shukla Trivedi Bhatt Parekh Sheth Modi", w2, " ")
  split("Roadways Transport Logistics Freight Cargo Infotech Software Technologies Textiles Fabrics Agro Foods Steel Alloys Traders Enterprises Distributors Constructions Builders Pharma Healthcare Power Energy Finance Capital Investments Exports Industries Motors Chemicals", w3, " ")
  split("MH DL KA TN GJ WB TG UP RJ HR KL PB MP OR BR AS", st, " ")
  split("Active Active Active Active Active Active Active Strike_Off Strike_Off Amalgamated Dormant Under_Liquidation", ss, " ")
  print "CIN,CompanyName,CompanyROCcode,CompanyCategory,CompanySubCategory,CompanyClass,AuthorizedCapital,PaidupCapital,CompanyRegistrationdate_date,Registered_Office_Address,Listingstatus,CompanyStatus,CompanyStateCode,CompanyIndian/Foreign Company,nic_code,CompanyIndustrialClassification"
  for (i = 0; i < n; i++) {
    s = st[i % 16 + 1]; status = ss[int(i / 7) % 12 + 1]; gsub("_", " ", status)
    if (variant == 1 && i % 20 == 0) status = "Strike Off"
    year = 1990 + int(i / 1000000) + (i % 30)
    name = w1[i % 40 + 1] " " w2[int(i / 40) % 50 + 1] " " w3[int(i / 2000) % 30 + 1] " Private Limited"
    printf "U%05d%s%04d%s%06d,%s,RoC-%s,Company limited by Shares,Non-govt company,Private,%d,%d,%02d-%02d-%04d,\"%d, Station Road, Ward %d, %s\",Unlisted,%s,%s,Indian,49231,Freight transport by road\n", \
      10000 + (i % 89999), s, year, "PTC", i % 1000000, name, s, (i % 9 + 1) * 100000, (i % 9 + 1) * 50000, i % 28 + 1, i % 12 + 1, year, i % 400 + 1, i % 97, s, status, s
  }
}
