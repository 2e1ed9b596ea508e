# fresh34g: six notices whose parties stand on label lines of their own or in a closing line (Chair:,
# Co-chairs:, Speakers: with bracketed bodies, Participants:, "Hosted by", "Convened by", "with the
# participation of"), written for round 19 from the guideline and the document kinds only, not from any
# read-set text, and measured once on 41ad839 before any rule for them: see fresh34_test.go.
# `python3 fresh34g.py` writes fresh34g.jsonl.
import datetime
from freshset import M, docset, line
D, write = docset("f34g")
def dm(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"

t=("JOINT WORKING GROUP ON BORDER TRADE\nNotice of meeting\n\n"
   f"Date: {dm('2026-05-12')}\nVenue: Ministry of Commerce, Vientiane\nCo-chairs: Somsak Phommachanh (Lao PDR) and Nguyen Thi Lan (Viet Nam)\n\n"
   "The Working Group will review the draft protocol on cross-border trucking.")
D(1,"2026-04-28",t,[M("Joint Working Group on Border Trade meeting",["joint working group on border trade","working group"],"2026-05-12","Ministry of Commerce, Vientiane",
  ["Joint Working Group on Border Trade","Somsak Phommachanh","Nguyen Thi Lan","Lao PDR","Viet Nam"],"upcoming",line(t,"Date:"))])

t=("REGIONAL WATER SECURITY DIALOGUE\n\n"
   f"{dm('2025-11-20')}, 09:30–13:00\nSerena Hotel, Islamabad\n\n"
   "Speakers:\nDr Ayesha Malik (Ministry of Water Resources)\nJohn Ferris (Asian Development Bank)\nFarid Rahimi (Afghanistan Water Council)\n\n"
   "Convened by the Centre for Regional Studies.")
D(2,"2025-11-10",t,[M("Regional Water Security Dialogue",["regional water security dialogue"],"2025-11-20","Serena Hotel, Islamabad",
  ["Ayesha Malik","Ministry of Water Resources","John Ferris","Asian Development Bank","Farid Rahimi","Afghanistan Water Council","Centre for Regional Studies"],"upcoming",line(t,"09:30"))])

t=("STAKEHOLDER CONSULTATION – DRAFT FISHERIES BILL\n\n"
   f"The Ministry of Fisheries will hold a stakeholder consultation on the draft Fisheries Bill on {dm('2026-02-17')} at the Civic Centre, Lautoka.\n\n"
   "Participants: Fiji Fishing Industry Association, Pacific Tuna Forum, Lautoka Market Vendors Association.")
D(3,"2026-02-03",t,[M("Fisheries Bill stakeholder consultation",["stakeholder consultation"],"2026-02-17","Civic Centre, Lautoka",
  ["Ministry of Fisheries","Fiji Fishing Industry Association","Pacific Tuna Forum","Lautoka Market Vendors Association"],"upcoming",line(t,"will hold"))])

ev=f"The roundtable on youth employment will be held on {dm('2025-09-04')} at the Hilton Hotel, Nairobi, hosted by the Kenya Private Sector Alliance with the participation of the International Labour Organization."
t=("PRESS RELEASE\n\n"+ev+" Cabinet Secretary for Labour Alfred Mutua will open the event.")
D(4,"2025-08-25",t,[M("Youth employment roundtable",["roundtable on youth employment","roundtable"],"2025-09-04","Hilton Hotel, Nairobi",
  ["Kenya Private Sector Alliance","International Labour Organization","Alfred Mutua"],"upcoming",ev)])

t=("BOARD OF TRUSTEES – SPECIAL MEETING\n\n"
   f"Date: {dm('2026-01-27')}\nTime: 6:00 p.m.\nPlace: Library Meeting Room\nChair: Margaret Okafor\nPresent: Trustees D. Lin, R. Costa and H. Meyer\n\n"
   "The Board met to approve the library's budget for 2026.")
D(5,"2026-01-30",t,[M("Board of Trustees special meeting",["special meeting","board of trustees"],"2026-01-27","Library Meeting Room",
  ["Board of Trustees","Margaret Okafor","D. Lin","R. Costa","H. Meyer"],"past",line(t,"Date:"))])

t=("TRILATERAL CONSULTATIONS ON MARITIME SECURITY\n\n"
   f"Venue: Ministry of Foreign Affairs, Jakarta\nDate: {dm('2025-07-08')}\n\nDelegations:\nIndonesia – Director-General Rudi Santoso\nMalaysia – Deputy Secretary-General Aminah Yusof\nPhilippines – Undersecretary Carlos Mendoza\n")
D(6,"2025-07-01",t,[M("Trilateral consultations on maritime security",["trilateral consultations"],"2025-07-08","Ministry of Foreign Affairs, Jakarta",
  ["Indonesia","Rudi Santoso","Malaysia","Aminah Yusof","Philippines","Carlos Mendoza"],"upcoming",line(t,"Date:"))])

write(__file__)
