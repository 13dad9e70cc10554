/**
 * A small hand-built protokoll in the Norrbotten layout (first page with attendance and
 * signatures, each item on a new page), used where the shared fixture is not needed.
 */
import { protocolSchema, type Protocol, type ProtocolInput } from '../../../../../shared/protocol';

const labels: ProtocolInput['labels'] = {
  documentKind: 'Protokoll',
  meetingDate: 'Sammanträdesdatum',
  pageNumber: 'Sida {page} av {pages}',
  place: 'Plats',
  time: 'Tid',
  paragraphSign: '§',
  agendaHeading: 'Utsänd dagordning',
  itemsHeading: 'Paragrafer',
  dnr: 'Dnr',
  presenters: 'Information lämnas av',
  documents: 'Handlingar',
  timeSlot: 'Tid',
  proposal: 'Förslag till beslut',
  motions: 'Yrkanden',
  motionWithdrawn: 'återtaget',
  propositionOrder: 'Propositionsordning',
  vote: 'Omröstning',
  voteYes: 'Ja',
  voteNo: 'Nej',
  voteAbstain: 'Avstår',
  voteResult: 'Omröstningsresultat',
  decision: 'Beslut',
  reservation: 'Reservation',
  reservationWritten: 'skriftlig reservation',
  protocolNote: 'Protokollsanteckning',
  jav: 'Jäv',
  immediateAdjustment: 'Paragrafen förklaras omedelbart justerad',
  appendices: 'Bilagor',
  distribution: 'Beslutet skickas till',
  notForWeb: 'Ej för webben',
  substituteFor: 'ersättare för',
  signaturesHeading: 'Underskrifter',
  secretary: 'Sekreterare',
  chair: 'Ordförande',
  adjuster: 'Justerare',
  adjustment: 'Justering',
  adjustmentDatePlace: 'Justeringens plats och tid',
  footerAdjusterSignature: 'Justerandes signatur',
  footerExtractCertification: 'Utdragsbestyrkande',
  noticeHeading: 'Anslagsbevis',
  noticeBody: 'Protokollet för {organ} är justerat.',
  noticePosted: 'Anslaget sätts upp',
  noticeRemoved: 'Anslaget tas ned',
  noticeStorage: 'Förvaringsplats',
  roles: {
    ordforande: 'ordförande',
    'vice-ordforande': 'vice ordförande',
    ledamot: 'ledamot',
    ersattare: 'ersättare',
    sekreterare: 'sekreterare',
    tjansteperson: 'tjänsteperson',
    ovrig: 'övrig',
  },
};

/** A protokoll with `itemCount` items (at least the three hand-written ones). */
export function sampleProtocol(itemCount = 3): Protocol {
  const items: ProtocolInput['items'] = [
    {
      id: 'i1',
      title: 'Val av justerare',
      body: [
        {
          type: 'paragraph',
          children: [{ text: 'Ordförande föreslår att Johannes Sundelin utses till justerare.' }],
        },
      ],
      decision: {
        intro: 'Politiska samverkansberedningen beslutar',
        attSatser: ['att Johannes Sundelin, (S), Region Norrbotten, utses till justerare'],
      },
    },
    {
      id: 'i2',
      title: 'Medicinskt förbrukningsmaterial',
      dnr: 'NK 2020/117',
      presenters: ['Anders Blomqvist', 'Eva Lakso'],
      body: [
        {
          type: 'paragraph',
          children: [
            { text: 'Länservice ansvarar för ' },
            { text: 'den praktiska', bold: true },
            { text: ' hanteringen.' },
          ],
        },
        {
          type: 'bulleted-list',
          children: [{ type: 'list-item', children: [{ text: 'att säga upp avtalet' }] }],
        },
      ],
      proposal: {
        intro: 'Ordförande föreslår',
        attSatser: ['att informationen läggs till handlingarna'],
      },
      motions: [{ by: 'Anna Lundberg (S)', text: 'bifall till förslaget' }],
      votes: [
        {
          question: 'Ja för förslaget',
          ballots: [
            { personId: 'p1', choice: 'ja' },
            { personId: 'p2', choice: 'nej' },
          ],
          result: '1 ja, 1 nej',
        },
      ],
      decision: {
        intro: 'Politiska samverkansberedningen beslutar',
        attSatser: [
          'att informationen, med godkännande, läggs till handlingarna',
          'att återrapportera i maj',
        ],
      },
      reservations: [{ personIds: ['p2'], reason: 'till förmån för eget yrkande' }],
      immediateAdjustment: true,
      appendices: [{ id: 'b1', title: 'PM Medicinskt förbrukningsmaterial' }],
      distribution: ['Region Norrbotten', 'Norrbottens Kommuner'],
    },
  ];
  for (let i = items.length; i < itemCount; i++) {
    items.push({
      id: `g${i}`,
      title: `Ärende nummer ${i + 1} om äldreomsorg`,
      body: [
        { type: 'paragraph', children: [{ text: `Bakgrund till ärende ${i + 1}. `.repeat(12) }] },
      ],
      decision: { intro: 'Beredningen beslutar', attSatser: [`att godkänna ärende ${i + 1}`] },
    });
  }
  items.push({ id: 'last', title: 'Sammanträdets avslutande', body: [] });
  const input: ProtocolInput = {
    schemaVersion: 2,
    id: 'sample',
    templateId: 'sample',
    createdAt: '2020-12-16T09:00:00+01:00',
    updatedAt: '2020-12-16T12:00:00+01:00',
    meeting: {
      documentKind: 'Protokoll',
      body: 'Politisk samverkansberedning för hälsa, vård, omsorg och skola',
      date: '2020-12-16',
      place: 'Digitalt via Teams',
      startTime: '09:00',
      endTime: '12:00',
      language: 'sv-SE',
      numbering: { style: 'paragraph', firstNumber: 46 },
    },
    attendance: {
      groups: [
        {
          id: 'beslutande',
          label: 'Beslutande',
          kind: 'beslutande',
          subgroups: ['Norrbottens Kommuner', 'Region Norrbotten'],
        },
        { id: 'ovriga', label: 'Övriga deltagare', kind: 'ovriga' },
      ],
      people: [
        {
          id: 'p1',
          name: 'Beatrice Öhman',
          party: 'S',
          organisation: 'Boden',
          role: 'ordforande',
          groupId: 'beslutande',
          subgroup: 'Norrbottens Kommuner',
        },
        {
          id: 'p2',
          name: 'Anna Lundberg',
          party: 'S',
          organisation: 'Älvsbyn',
          groupId: 'beslutande',
          subgroup: 'Norrbottens Kommuner',
        },
        {
          id: 'p3',
          name: 'Johannes Sundelin',
          party: 'S',
          groupId: 'beslutande',
          subgroup: 'Region Norrbotten',
        },
        {
          id: 'p4',
          name: 'Ulrika Larsson',
          title: 'Förbundssekreterare',
          organisation: 'Norrbottens Kommuner',
          groupId: 'ovriga',
        },
      ],
      events: [{ type: 'absent', personId: 'p3', itemId: 'i2', jav: true }],
    },
    items,
    signatures: { secretaryId: 'p4', chairId: 'p1', adjusters: [{ personId: 'p3' }] },
    notice: {
      postedDate: '2020-12-22',
      removalDate: '2021-01-13',
      storageLocation: 'Norrbottens Kommuner, Luleå',
    },
    layout: {
      attendancePlacement: 'first-page',
      signaturePlacement: 'first-page',
      showAgenda: true,
      itemOnNewPage: true,
      firstPageHeaderDifferent: true,
      footerBoxes: true,
      showNotice: true,
    },
    labels,
  };
  return protocolSchema.parse(input);
}
