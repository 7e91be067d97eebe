/**
 * Cross-area concepts: the same concern as each area's matrix words it, and at which level. Built from
 * shared/docs/source-notes.md §6 (all 36 items) plus a few high-stakes concerns beyond it. Members' line numbers
 * are physical seed lines; `textFragment`s are verbatim and name exactly one indicator at that level.
 */
import { AREA_SOURCE_FILES, type AreaId } from '../extract/reader-types.ts';
import type { Ordinal, SourceRef } from '../rules/schema.ts';
import type { Concept, ConceptMember, ConceptRelation, RuleDifference } from './schema.ts';

const TW = 'telford-wrekin';
const SW = 'sandwell';
const ST = 'stoke-on-trent';
const NC = 'nottingham-city';
const DU = 'dudley';

const ref = (area: AreaId, line: number, quote: string): SourceRef => ({
  file: AREA_SOURCE_FILES[area],
  start: line,
  end: line,
  quote,
});

function m(
  area: AreaId,
  level: Ordinal,
  line: number,
  textFragment: string,
  relation: ConceptRelation,
  note?: string,
): ConceptMember {
  return {
    area,
    level,
    textFragment,
    relation,
    ...(note === undefined ? {} : { note }),
    ref: ref(area, line, textFragment),
  };
}

interface ConceptInput {
  id: string;
  title: string;
  summary: string;
  difference: string;
  sourceNotes: number[];
  members: ConceptMember[];
  related?: Concept['related'];
}

function concept(input: ConceptInput): Concept {
  const related = input.related ?? [];
  return {
    ...input,
    related,
    refs: [...input.members.map((member) => member.ref), ...related.map((r) => r.ref)],
  };
}

export const concepts: readonly Concept[] = [
  concept({
    id: 'school-attendance-good',
    title: 'Good school attendance',
    summary: 'Attendance that needs no extra help.',
    difference:
      'What counts as good attendance differs: 95% (secondary) or 96% (primary) in Telford, 90% in Sandwell, 91–100% in Dudley.',
    sourceNotes: [1],
    members: [
      m(
        TW,
        1,
        241,
        'Good attendance at school (95% or above for secondary pupils and 96% or above for primary)',
        'identical_text',
      ),
      m(
        SW,
        1,
        291,
        'Good attendance at school (90% or more)',
        'looser',
        'A lower percentage counts as good.',
      ),
      m(
        DU,
        1,
        321,
        'my attendance is between 91-100%',
        'looser',
        'The 91% bound is shared with Level 2 (70-91%).',
      ),
    ],
  }),
  concept({
    id: 'school-attendance',
    title: 'Poor or falling school attendance',
    summary: 'Attendance below what is expected, from occasional absence to persistent absence.',
    difference:
      'Five conventions: Telford and Sandwell set a percentage at level 2 (below 95/96% versus below 90%); Dudley grades 70-91%, 50-70% and under 50% across levels 2-4 with overlapping bounds; Stoke and Nottingham give no percentages and place persistent absence at level 3.',
    sourceNotes: [1],
    members: [
      m(
        TW,
        2,
        241,
        'attendance below 95% for secondary pupils and below 96% for primary pupils',
        'identical_text',
      ),
      m(SW, 2, 291, 'attendance below 90%', 'stricter', 'Attendance has to fall further before it counts.'),
      m(
        DU,
        2,
        331,
        'my attendance is between 70-91%',
        'conditional_variant',
        'With an Attendance Plan in place.',
      ),
      m(DU, 3, 349, 'my attendance is between 50-70%', 'stricter'),
      m(DU, 4, 361, 'my attendance is less than 50%', 'stricter'),
      m(
        NC,
        2,
        422,
        'Poor school, college and/or alternative provision attendance',
        'paraphrase',
        'No percentage.',
      ),
      m(
        ST,
        3,
        193,
        'Consistently poor nursery/school attendance and punctuality',
        'stricter',
        'No percentage; "consistently".',
      ),
      m(
        NC,
        3,
        555,
        'Persistent absenteeism from school with or without parental acceptance',
        'stricter',
        'No percentage; "persistent".',
      ),
    ],
  }),
  concept({
    id: 'unborn-baby-at-risk',
    title: 'Unborn baby who may be harmed',
    summary:
      'Concern that an unborn child may be exposed to harm, usually leading to a pre-birth assessment.',
    difference:
      'Telford counts from 12 weeks of gestation, Sandwell from 16 weeks; Dudley names no gestation and puts the pre-birth assessment at level 3.',
    sourceNotes: [2],
    members: [
      m(
        TW,
        3,
        206,
        'Concern that an unborn child (of at least 12 weeks gestation) may be exposed to harm',
        'identical_text',
      ),
      m(SW, 3, 257, 'of at least 16 weeks', 'stricter', 'Later gestation: 16 weeks, not 12.'),
      m(
        DU,
        3,
        537,
        'I am unborn, the level of risk requires a prebirth assessment',
        'paraphrase',
        'No gestation stated.',
      ),
      m(
        TW,
        4,
        206,
        'Pre-birth assessment indicates unborn child is likely to experience significant harm',
        'stricter',
      ),
    ],
    related: [
      {
        area: NC,
        note: 'Nottingham lists this among the indicators requiring an immediate referral, not in its matrix.',
        ref: ref(
          NC,
          260,
          'Where there are serious concerns regarding the risk of significant harm to an unborn baby',
        ),
      },
    ],
  }),
  concept({
    id: 'under-13-sexual-activity',
    title: 'Sexual activity of a child under 13',
    summary:
      'A child under 13 cannot consent to sex; sexual activity at this age is a child protection concern.',
    difference:
      'Telford puts "13 and under" at level 3 (Complex), which also catches 13-year-olds but sits below the top level; Sandwell and Nottingham put "under 13" at level 4, and Dudley an "early teenager" at level 4 with a strategy discussion.',
    sourceNotes: [3],
    members: [
      m(
        SW,
        4,
        300,
        'Child under 13 years old engaging in sexual activity',
        'identical_text',
        'Adds that intercourse under 13 is statutory rape.',
      ),
      m(
        TW,
        3,
        253,
        'Child 13 and under who is sexually active',
        'looser',
        'Includes 13-year-olds, and sits at level 3.',
      ),
      m(NC, 4, 703, 'Sexual activity under 13', 'paraphrase'),
      m(
        DU,
        4,
        482,
        'I am an early teenager who is sexually active',
        'paraphrase',
        'No age; marked for a strategy discussion.',
      ),
    ],
  }),
  concept({
    id: 'teenage-sexual-activity',
    title: 'Early sexual activity of teenagers',
    summary: 'Sexual activity of young teenagers that needs early help rather than protection.',
    difference:
      'Telford and Sandwell grade by age bands (13-14, 15+); Stoke says "under 16" but only where there is no sign of exploitation.',
    sourceNotes: [4],
    members: [
      m(
        TW,
        2,
        267,
        'Early onset of sexual activity (13-14); sexually active young person (15+)',
        'identical_text',
      ),
      m(
        SW,
        2,
        304,
        'Early onset of sexual activity (13-14); sexually active young person (15+)',
        'identical_text',
      ),
      m(
        ST,
        2,
        180,
        'sexually active under the age of 16, where there are no concerns for this being as a result of exploitation',
        'conditional_variant',
      ),
    ],
  }),
  concept({
    id: 'teenage-pregnancy',
    title: 'Teenage pregnancy',
    summary: 'A pregnant teenager, which may need support or protection.',
    difference:
      'Telford puts teenage pregnancy at level 3; Sandwell and Stoke put early teenage pregnancy at level 4; Nottingham has "under 17" at both level 2 and level 3; Dudley level 3.',
    sourceNotes: [5],
    members: [
      m(TW, 3, 253, 'Teenage pregnancy', 'identical_text'),
      m(SW, 4, 295, 'Early teenage pregnancy', 'stricter'),
      m(ST, 4, 203, 'Early teenage pregnancy', 'stricter'),
      m(NC, 2, 415, 'Pregnant under 17 years of age', 'paraphrase', 'The same text also sits at level 3.'),
      m(NC, 3, 548, 'Pregnant under 17 years of age', 'paraphrase', 'The same text also sits at level 2.'),
      m(DU, 3, 462, 'I am a pregnant teenager', 'paraphrase'),
    ],
  }),
  concept({
    id: 'privately-fostered',
    title: 'Privately fostered child',
    summary: 'A child cared for by someone who is not a parent or close relative for 28 days or more.',
    difference:
      'The same words are level 3 in Telford and level 4 in Sandwell; Stoke puts it at level 4. Nottingham defines it as "16 or under", not the statutory "under 16".',
    sourceNotes: [6],
    members: [
      m(TW, 3, 223, 'Child is privately fostered', 'identical_text'),
      m(SW, 4, 275, 'Child is privately fostered', 'identical_text'),
      m(ST, 4, 209, 'Privately fostered', 'paraphrase'),
    ],
    related: [
      {
        area: NC,
        note: 'Nottingham\'s free-standing definition says "16 or under"; the statutory definition is under 16.',
        ref: ref(
          NC,
          272,
          'Anyone who is 16 or under, or under 18 if the young person has a disability, who is being looked after for 28 days or longer',
        ),
      },
      {
        area: DU,
        note: 'Dudley names privately fostered children in its Level 4 description, not in its matrix.',
        ref: ref(DU, 235, 'Children looked after and privately fostered'),
      },
    ],
  }),
  concept({
    id: 'carer-referred-to-marac',
    title: "Child's carer referred to MARAC",
    summary:
      'A parent or carer referred to the Multi-Agency Risk Assessment Conference for high-risk domestic abuse.',
    difference: 'Identical words: level 3 in Telford, level 4 in Sandwell.',
    sourceNotes: [7],
    members: [
      m(TW, 3, 223, "Child's carer referred to MARAC", 'identical_text'),
      m(SW, 4, 277, "Child's carer referred to MARAC", 'identical_text'),
    ],
  }),
  concept({
    id: 'young-carer',
    title: 'Young carer',
    summary: 'A child who looks after a family member.',
    difference:
      'The same "requiring assessment" words are level 4 in Telford and level 3 in Sandwell; Nottingham has caring at levels 2 and 3 and neglect through caring at level 4.',
    sourceNotes: [8],
    members: [
      m(TW, 4, 223, 'Child is a young carer requiring assessment of additional needs', 'identical_text'),
      m(SW, 3, 275, 'Child is a young carer requiring assessment of additional needs', 'identical_text'),
      m(TW, 2, 223, 'Child is a young carer (may look after siblings)', 'looser'),
      m(SW, 2, 275, 'Child is a young carer (may look after younger siblings)', 'looser'),
      m(
        NC,
        2,
        506,
        'Caring for adult or siblings, young carer',
        'looser',
        'The same text also sits at level 3.',
      ),
      m(
        NC,
        3,
        644,
        'Caring for adult or siblings, young carer',
        'looser',
        'The same text also sits at level 2.',
      ),
      m(NC, 4, 726, 'Young carer has significant responsibilities that result in neglect', 'stricter'),
      m(DU, 2, 393, 'I am a young carer with some responsibilities at home', 'looser'),
      m(DU, 4, 495, 'I am a young carer, and struggling to cope', 'paraphrase'),
    ],
  }),
  concept({
    id: 'respite-assessment',
    title: 'Assessment for respite care',
    summary: 'A child needs assessing for respite care and no friend or relative can help.',
    difference: 'Identical words: level 4 in Telford, level 3 in Sandwell.',
    sourceNotes: [9],
    members: [
      m(
        TW,
        4,
        223,
        'Child requires assessment for respite care service due to family circumstances',
        'identical_text',
      ),
      m(
        SW,
        3,
        277,
        'Child requires assessment for respite care service due to family circumstances',
        'identical_text',
      ),
    ],
  }),
  concept({
    id: 'carer-unable-or-unwilling-to-continue',
    title: 'Parents unable or unwilling to go on caring',
    summary: 'Parents or carers are unable or unwilling to continue to care for the child.',
    difference: 'Identical words: level 4 in Telford, level 3 in Sandwell.',
    sourceNotes: [10],
    members: [
      m(
        TW,
        4,
        223,
        'Parents/carers are unable or unwilling to continue to care for the child',
        'identical_text',
      ),
      m(
        SW,
        3,
        277,
        'Parents/carers are unable or unwilling to continue to care for the child',
        'identical_text',
      ),
    ],
  }),
  concept({
    id: 'self-reliance-beyond-capabilities',
    title: 'Child left to be self-reliant beyond their capabilities',
    summary: "A child expected to meet their own or their siblings' basic needs beyond what they can do.",
    difference: 'Identical words: level 4 in Telford, level 3 in Sandwell.',
    sourceNotes: [11],
    members: [
      m(
        TW,
        4,
        267,
        'Child expected to be self-reliant for their own basic needs or those of their siblings beyond their capabilities',
        'identical_text',
      ),
      m(
        SW,
        3,
        304,
        'Child expected to be self-reliant for their own basic needs or those of their siblings beyond their capabilities',
        'identical_text',
      ),
    ],
  }),
  concept({
    id: 'serious-reoffending',
    title: 'Serious (re)offending not addressed',
    summary:
      'Serious offending behaviour that is not being addressed and harms or risks harming the child or others.',
    difference: 'Telford (level 4) requires serious harm; Sandwell (level 3) a risk of serious harm.',
    sourceNotes: [12],
    members: [
      m(
        TW,
        4,
        260,
        'Failure or inability to address serious (re)offending behaviour leading to serious harm',
        'identical_text',
      ),
      m(
        SW,
        3,
        300,
        'Failure or inability to address serious (re)offending behaviour leading to risk of serious harm',
        'looser',
      ),
    ],
  }),
  concept({
    id: 'beyond-parental-control',
    title: 'Beyond parental control',
    summary: 'Parents cannot manage or keep the child safe through control and boundaries.',
    difference:
      'Level 4 in Telford, Sandwell and Stoke but level 3 in Nottingham; Sandwell has a level-3 version that adds absconding and risk of harm.',
    sourceNotes: [13],
    members: [
      m(TW, 4, 216, 'Beyond parental-control', 'identical_text'),
      m(SW, 4, 263, 'Beyond parental-control', 'identical_text'),
      m(
        SW,
        3,
        300,
        'beyond parental control - regularly abscond from home and is at risk of harm',
        'conditional_variant',
      ),
      m(
        SW,
        4,
        298,
        'beyond parental control - regularly absconds from home and is at risk of significant harm',
        'conditional_variant',
      ),
      m(ST, 4, 203, 'Child beyond parental control', 'paraphrase'),
      m(NC, 3, 572, 'Beyond parental control', 'paraphrase', 'At level 3, not 4.'),
    ],
  }),
  concept({
    id: 'missing-from-home',
    title: 'Missing from home',
    summary: 'A child who goes missing from home or care.',
    difference:
      'Stoke counts episodes (fewer than 3 in 90 days is level 3, 3 or more is level 4); Telford and Sandwell put frequent missing at level 3 where parents are engaged; Dudley puts frequent missing with high risk at level 4.',
    sourceNotes: [14],
    members: [
      m(TW, 3, 255, 'Child currently/frequently missing from home', 'identical_text'),
      m(SW, 3, 298, 'Child currently/frequently missing from home', 'identical_text'),
      m(ST, 3, 193, 'Incidents of missing from home (less than 3 incidents in 90 days)', 'looser'),
      m(
        ST,
        4,
        203,
        'Persistent and regular incidents of missing from home (three or more incidents in 90 days)',
        'stricter',
      ),
      m(NC, 3, 569, 'Missing from home /care', 'paraphrase'),
      m(
        DU,
        4,
        598,
        'I frequently go missing and at high risk of significant harm',
        'stricter',
        'Marked for a strategy discussion.',
      ),
    ],
  }),
  concept({
    id: 'bruising-non-mobile-baby',
    title: 'Bruising on a non-mobile baby',
    summary:
      'Any bruise on a baby or child who cannot move about independently needs urgent safeguarding action.',
    difference:
      "Level 4 wherever the matrix mentions it; Dudley adds any injury and a strategy discussion; Nottingham lists it for immediate referral with qualifiers; Sandwell's matrix does not mention it.",
    sourceNotes: [15],
    members: [
      m(TW, 4, 211, 'Bruising on non mobile baby', 'identical_text'),
      m(ST, 4, 203, 'Any bruising in a non-mobile baby', 'paraphrase', '"Any" bruising.'),
      m(
        DU,
        4,
        478,
        'I am a non-mobile baby/child with a bruise or an injury',
        'looser',
        'Any injury, and children as well as babies; strategy discussion.',
      ),
    ],
    related: [
      {
        area: NC,
        note: 'Nottingham: an indicator requiring an immediate referral, qualified as unexplained, inconsistent and conflicting.',
        ref: ref(
          NC,
          257,
          'A non-mobile child with a unexplained, inconsistent and conflicting bruising and/or mark',
        ),
      },
    ],
  }),
  concept({
    id: 'dental-decay',
    title: 'Untreated dental decay',
    summary: 'Tooth decay that is not being treated.',
    difference:
      'Nottingham has untreated decay at level 2 as well as level 4; most areas put it at level 4, and Telford splits decay (level 2) from significant untreated decay (level 4).',
    sourceNotes: [16],
    members: [
      m(SW, 4, 295, 'Dental decay and no access to treatment', 'identical_text'),
      m(NC, 4, 688, 'Dental decay no access to treatment', 'paraphrase'),
      m(NC, 2, 411, 'Dental decay and not accessing treatment', 'paraphrase', 'At level 2.'),
      m(DU, 4, 485, 'I have serious dental decay', 'stricter'),
      m(TW, 4, 248, 'Significant dental decay and parents not accessing treatment', 'stricter'),
      m(TW, 2, 248, 'Is accessing dental hygiene and experiencing dental decay', 'looser'),
      m(ST, 4, 203, 'Serious dental decay requiring removal of multiple teeth', 'stricter'),
    ],
  }),
  concept({
    id: 'send-support',
    title: 'Special educational needs support',
    summary: 'Identified learning needs met through SEN support in school.',
    difference:
      'Telford counts SEND support as universal (level 1); Sandwell puts the SEN Support Register at level 2.',
    sourceNotes: [17],
    members: [
      m(
        TW,
        1,
        241,
        'place them on special educational needs and disability (SEND) support',
        'identical_text',
      ),
      m(SW, 2, 291, 'place him/her on SEN Support Register', 'paraphrase'),
    ],
  }),
  concept({
    id: 'ehcp',
    title: 'Education, Health and Care Plan',
    summary: 'A child with (or being assessed for) an EHCP.',
    difference:
      'Telford and Sandwell put having or funding through an EHCP at level 3; Dudley has an EHCP being considered at level 3 and an EHCP needing urgent review at level 4.',
    sourceNotes: [18],
    members: [
      m(SW, 3, 291, 'may have an Education and Health Care Plan', 'identical_text'),
      m(
        TW,
        3,
        241,
        'may have access to high needs funding through Inclusive school forum (ISF) or EHCP',
        'paraphrase',
      ),
      m(DU, 3, 355, 'An EHCP is being considered', 'looser'),
      m(
        DU,
        4,
        367,
        'I have an EHCP that requires an urgent annual review',
        'conditional_variant',
        'Because the child is not accessing or progressing in learning.',
      ),
    ],
  }),
  concept({
    id: 'post-natal-depression',
    title: 'Post-natal depression',
    summary: "A parent's depression around the birth and its effect on parenting.",
    difference:
      'Stoke has low-level post-natal depression at level 1 and depression affecting parenting at level 2; Nottingham has perinatal depression at level 2 and post-natal depression at level 3.',
    sourceNotes: [19],
    members: [
      m(ST, 2, 180, 'Post-natal depression affecting parenting ability', 'identical_text'),
      m(ST, 1, 158, 'There may be low level post-natal depression', 'looser', 'At the universal level.'),
      m(NC, 2, 485, 'perinatal depression', 'paraphrase'),
      m(NC, 3, 624, 'Poor maternal health / post-natal depression', 'paraphrase'),
    ],
  }),
  concept({
    id: 'parent-was-looked-after',
    title: 'Parent was a looked-after child',
    summary: 'A parent who was in care as a child.',
    difference:
      'Level 2 and again level 3 in Sandwell, level 2 in Nottingham, level 3 in Dudley, level 4 in Stoke.',
    sourceNotes: [20],
    members: [
      m(SW, 2, 275, 'Parent was a Looked After Child (LAC)', 'identical_text'),
      m(
        SW,
        3,
        277,
        'Parent was a LAC child',
        'paraphrase',
        'The same concern at the next level in the same document.',
      ),
      m(NC, 2, 505, 'Parent previously looked after by Local Authority', 'paraphrase'),
      m(DU, 3, 541, 'My parent(s) were previously a Looked After Child', 'paraphrase'),
      m(
        ST,
        4,
        203,
        'Parents who have previously been a looked after child / looked after child at the time of pregnancy',
        'paraphrase',
        'At level 4.',
      ),
    ],
  }),
  concept({
    id: 'domestic-abuse-standard-medium-risk',
    title: 'Domestic abuse below high risk',
    summary: 'Domestic abuse in the home assessed as standard or medium risk, or not yet assessed.',
    difference:
      "Telford and Sandwell grade by the victim's risk assessment; Stoke makes level 3 depend on the protective parent accepting support; Nottingham and Dudley grade by frequency or effect.",
    sourceNotes: [21],
    members: [
      m(
        TW,
        3,
        223,
        'Domestic abuse where the harm to the victim is assessed as standard/medium risk',
        'identical_text',
      ),
      m(
        SW,
        3,
        275,
        'Domestic abuse where the risk to the victim is assessed as standard/medium risk',
        'paraphrase',
      ),
      m(
        ST,
        3,
        193,
        'Domestic abuse, coercion or control in the home, where the protective parent is accepting of support',
        'conditional_variant',
      ),
      m(NC, 3, 614, 'Incidents of domestic violence / abuse', 'paraphrase'),
      m(NC, 2, 478, 'Concerns and suspected domestic violence', 'looser'),
      m(DU, 2, 525, 'My family require rehousing due to domestic abuse', 'looser'),
    ],
  }),
  concept({
    id: 'domestic-abuse-high-risk',
    title: 'High-risk, chronic or persistent domestic abuse',
    summary: 'Domestic abuse assessed as high risk, or chronic and persistent, with the child exposed.',
    difference:
      'All five put this at level 4 but describe it differently: a high-risk assessment (Telford, Sandwell), chronic and serious (Stoke), persistent (Nottingham), exposure in the home (Dudley).',
    sourceNotes: [21],
    members: [
      m(TW, 4, 223, 'Adult victim of Domestic Abuse is assessed as high level risk', 'identical_text'),
      m(SW, 4, 277, 'Adult victim of Domestic Abuse is assessed as high-level risk', 'identical_text'),
      m(ST, 4, 206, 'Chronic and serious domestic abuse involving child/young person', 'paraphrase'),
      m(NC, 4, 759, 'Persistent domestic violence / abuse', 'paraphrase'),
      m(DU, 4, 556, 'My parents/carers expose me to domestic violence within my family home', 'paraphrase'),
    ],
  }),
  concept({
    id: 'extremist-views',
    title: 'Extremist views',
    summary: 'A young person who holds or is exposed to extremist views.',
    difference:
      'Nottingham prints "Extremist views" at both level 3 and level 4; Stoke grades early signs (2), signs with an engaged parent (3) and meeting Prevent criteria (4).',
    sourceNotes: [22],
    members: [
      m(TW, 3, 260, 'Young person who holds extreme political or religious views', 'identical_text'),
      m(NC, 3, 581, 'Extremist views', 'paraphrase', 'The same text also sits at level 4.'),
      m(NC, 4, 718, 'Extremist views', 'paraphrase', 'The same text also sits at level 3.'),
      m(ST, 2, 186, 'Early signs of young person exhibiting extremism', 'looser'),
      m(
        ST,
        3,
        196,
        'exhibiting extremism; and / or where a parent/carer is actively engaged in supporting interventions',
        'conditional_variant',
      ),
      m(DU, 3, 411, 'I am being exposed to extremism, radicalisation and gang involvement', 'paraphrase'),
    ],
  }),
  concept({
    id: 'radicalisation-significant-harm',
    title: 'Radicalisation causing significant harm',
    summary: 'A young person being drawn into violent extremism or terrorism.',
    difference:
      'Level 4 everywhere it appears, but named as significant harm (Telford), Prevent criteria (Stoke), grooming into violent extremism (Dudley) or a form of exploitation (Sandwell).',
    sourceNotes: [22],
    members: [
      m(TW, 4, 260, 'At significant harm of radicalisation', 'identical_text'),
      m(ST, 4, 209, 'which meets PREVENT criteria', 'paraphrase'),
      m(DU, 4, 497, 'I am being groomed into violent extremism or radicalisation', 'paraphrase'),
      m(SW, 4, 300, 'other forms of exploitation (including radicalisation', 'paraphrase'),
    ],
  }),
  concept({
    id: 'fgm-forced-marriage-honour-abuse',
    title: 'FGM, forced marriage and honour-based abuse',
    summary:
      'Female genital mutilation, forced marriage and honour-based abuse, known, suspected or at risk.',
    difference:
      'Level 4 unconditionally everywhere except Stoke, where a protective parent engaging with services keeps risk of FGM at level 3 and a family lacking willingness to protect puts forced marriage at level 4.',
    sourceNotes: [23],
    members: [
      m(TW, 4, 253, 'Female Genital Mutilation (known or suspected)', 'identical_text'),
      m(SW, 4, 295, 'Female Genital Mutilation (known or suspected)', 'identical_text'),
      m(TW, 4, 260, 'Forced marriage of a child', 'paraphrase'),
      m(SW, 4, 277, 'Child or young person is at risk of Forced Marriage (FM)', 'paraphrase'),
      m(
        ST,
        3,
        193,
        'Child at risk of Female Genital Mutilation and other harmful traditional/cultural practices',
        'conditional_variant',
        'Where a protective parent is engaging with targeted services.',
      ),
      m(
        ST,
        4,
        206,
        'Forced marriage or honour based abuse with family who lack willingness to protect',
        'conditional_variant',
      ),
      m(NC, 4, 724, 'Forced marriage of a child under 18 yrs', 'paraphrase'),
      m(
        DU,
        4,
        498,
        'honour-based violence /forced marriage / female genital mutilation',
        'paraphrase',
        'Marked for a strategy discussion.',
      ),
    ],
  }),
  concept({
    id: 'previous-child-protection',
    title: 'Previous child protection involvement',
    summary: 'A history of child protection concerns or a previous child protection plan.',
    difference:
      'A previous plan is level 4 in Nottingham but level 3 in Dudley; Telford and Sandwell put a history of concerns at level 3.',
    sourceNotes: [24],
    members: [
      m(TW, 3, 206, 'History of previous child protection concerns', 'identical_text'),
      m(SW, 3, 257, 'History of previous child protection concerns', 'identical_text'),
      m(NC, 4, 753, 'Child previously subject to Child Protection Plan', 'stricter'),
      m(DU, 3, 471, 'I was previously subject of a Child Protection Plan', 'stricter'),
    ],
  }),
  concept({
    id: 'lack-of-positive-role-models',
    title: 'Lack of positive role models',
    summary: 'A child without positive adults or peers to model themselves on.',
    difference: 'Level 3 in Telford and Sandwell, level 2 in Nottingham and Stoke.',
    sourceNotes: [25],
    members: [
      m(TW, 3, 265, 'Has lack of positive role models', 'identical_text'),
      m(SW, 3, 302, 'Has lack of positive role models', 'identical_text'),
      m(NC, 2, 448, 'Lack of positive role models', 'paraphrase'),
      m(ST, 2, 183, 'Lack of positive role models', 'paraphrase'),
    ],
  }),
  concept({
    id: 'alienates-self-from-others',
    title: 'Alienates self from others',
    summary: 'A child who cuts themselves off from other people.',
    difference: 'Identical words: level 3 in Stoke, level 4 in Sandwell and Nottingham.',
    sourceNotes: [26],
    members: [
      m(SW, 4, 300, 'Alienates self from others', 'identical_text'),
      m(NC, 4, 715, 'Alienates self from others', 'identical_text'),
      m(ST, 3, 193, 'Alienates self from others', 'identical_text'),
    ],
  }),
  concept({
    id: 'family-seeking-asylum',
    title: 'Family seeking asylum or refugees',
    summary: 'A family seeking asylum or with refugee status.',
    difference:
      'Level 2 in Telford and Sandwell; Nottingham prints it at levels 2 and 3; Stoke adds the condition "and has identified additional needs".',
    sourceNotes: [27],
    members: [
      m(TW, 2, 233, 'Family seeking asylum or refugees', 'identical_text'),
      m(SW, 2, 280, 'Family seeking asylum or refugees', 'identical_text'),
      m(NC, 2, 521, 'Family seeking asylum or refugees', 'identical_text'),
      m(NC, 3, 659, 'Family seeking asylum or refugees', 'identical_text'),
      m(
        ST,
        2,
        183,
        'asylum seeking or refugee family and has identified additional needs',
        'conditional_variant',
      ),
    ],
  }),
  concept({
    id: 'neet',
    title: 'Not in education, employment or training (NEET)',
    summary: 'A young person who is not in education, employment or training.',
    difference: 'Level 2 in Telford, Sandwell, Stoke and Nottingham; level 4 in Dudley.',
    sourceNotes: [28],
    members: [
      m(TW, 2, 246, 'Few or no qualifications leading to NEET', 'identical_text'),
      m(SW, 2, 293, 'Few or no qualifications leading to NEET', 'identical_text'),
      m(DU, 4, 359, 'I am NEET', 'paraphrase', 'At level 4.'),
      m(ST, 2, 180, 'No participation in education, employment or training post 16 years', 'paraphrase'),
      m(
        NC,
        2,
        514,
        'Not in employment, education and/or training',
        'paraphrase',
        'Filed under Housing, Employment and Finance: it may mean the parent.',
      ),
    ],
  }),
  concept({
    id: 'child-substance-use-emerging',
    title: "A child's early or occasional substance use",
    summary: 'A child experimenting with or occasionally using drugs or alcohol.',
    difference: 'All five place experimentation at level 2; Stoke moves regular use to level 3.',
    sourceNotes: [35],
    members: [
      m(TW, 2, 248, 'Evidence of drug/alcohol use, unprotected sex', 'identical_text'),
      m(SW, 2, 295, 'Evidence of risk taking behaviour i.e. drug/alcohol use', 'paraphrase'),
      m(
        ST,
        2,
        180,
        'Occasional drug and alcohol misuse/experimentation which is not escalating',
        'paraphrase',
      ),
      m(NC, 2, 435, 'Uses substances', 'paraphrase'),
      m(DU, 2, 397, 'I am experimenting with drugs/alcohol', 'paraphrase'),
      m(ST, 3, 193, 'Regular substance misuse', 'stricter'),
    ],
  }),
  concept({
    id: 'child-substance-misuse-persistent',
    title: "A child's persistent substance misuse",
    summary: 'A child persistently misusing drugs or alcohol.',
    difference:
      'Level 4 in Sandwell, Stoke and Dudley; Nottingham puts persistent and problematic misuse at level 3.',
    sourceNotes: [35],
    members: [
      m(SW, 4, 295, 'Persistent substance misuse', 'identical_text'),
      m(ST, 4, 203, 'Persistent and high-risk substance misuse', 'stricter'),
      m(
        NC,
        3,
        567,
        'Persistent and problematic involvement in alcohol / substance misuse',
        'paraphrase',
        'At level 3.',
      ),
      m(DU, 4, 481, 'I persistently misuse drugs & alcohol', 'paraphrase'),
    ],
  }),
  concept({
    id: 'self-harm',
    title: 'Self-harm and suicidal thoughts',
    summary: "A child's self-harm or suicidal thoughts, from early concern to a threat to life.",
    difference:
      'Stoke places self-harm with deteriorating mental health at level 2; Telford, Sandwell and Dudley place concerns including self-harm at level 3; self-harm that puts life at risk is level 3 in Nottingham and level 4 in Dudley and Nottingham.',
    sourceNotes: [36],
    members: [
      m(
        TW,
        3,
        248,
        'Some concerns around mental health, including self-harm and suicidal thoughts',
        'identical_text',
      ),
      m(
        SW,
        3,
        295,
        'Some concerns around mental health, including self-harm and suicidal thoughts',
        'identical_text',
      ),
      m(
        DU,
        3,
        458,
        'I have some concerns around mental health, including self-harm and suicidal thoughts',
        'paraphrase',
      ),
      m(
        ST,
        2,
        180,
        'Signs of deteriorating mental health of child including self-harm',
        'paraphrase',
        'At level 2.',
      ),
      m(NC, 3, 565, 'Behaviour puts own life at risk-self harming / suicide attempts', 'stricter'),
      m(DU, 4, 421, 'My own life is at risk through self-harm', 'stricter'),
      m(NC, 4, 708, 'Endangers own life through self-harm', 'stricter'),
    ],
  }),
  concept({
    id: 'fabricated-or-induced-illness',
    title: 'Fabricated or induced illness',
    summary: 'A carer fabricating or inducing illness in a child.',
    difference:
      "Level 4 in all five; Nottingham files it under the child's emotional and behavioural development, Dudley asks for a strategy discussion.",
    sourceNotes: [],
    members: [
      m(TW, 4, 248, 'harm as a result of fabricated or induced illness', 'identical_text'),
      m(SW, 4, 295, 'harm because of fabricated or induced illness', 'paraphrase'),
      m(ST, 4, 206, 'Suspected/evidence of fabricated or induced illness', 'paraphrase'),
      m(NC, 4, 702, 'Fabricated or induced illness', 'paraphrase'),
      m(
        DU,
        4,
        548,
        'I am at risk of my parents/carers fabricating or inducing illness upon me',
        'paraphrase',
      ),
    ],
  }),
  concept({
    id: 'trafficking-modern-slavery',
    title: 'Trafficking and modern slavery',
    summary: 'A child trafficked or held in modern slavery, or at risk of it.',
    difference:
      'Level 4 in Sandwell, Nottingham and Dudley; in Stoke the same risk is level 2 or 3 when parents are accessing support and level 4 without parental support.',
    sourceNotes: [],
    members: [
      m(SW, 4, 261, 'Suspicion of Trafficking', 'identical_text'),
      m(SW, 4, 261, 'Suspicion of Modern Slavery', 'paraphrase'),
      m(
        ST,
        2,
        186,
        'Child at risk of modern slavery and/or human trafficking but parents are accessing support and services',
        'conditional_variant',
        'Identical text also sits at level 3.',
      ),
      m(
        ST,
        3,
        193,
        'Child at risk of Modern Slavery and/or human trafficking but parents are accessing support and services',
        'conditional_variant',
        'Identical text also sits at level 2.',
      ),
      m(
        ST,
        4,
        206,
        'Child experiencing modern slavery and/or human trafficking without parental support',
        'conditional_variant',
      ),
      m(NC, 4, 701, 'Victim of trafficking and/or modern slavery', 'paraphrase'),
      m(DU, 4, 593, 'I am being trafficked', 'paraphrase', 'Marked for a strategy discussion.'),
    ],
  }),
  concept({
    id: 'non-accidental-injury',
    title: 'Non-accidental injury',
    summary: 'An injury that was, or is suspected to have been, inflicted on the child.',
    difference:
      'Level 4 in every matrix that names it; Nottingham lists unexplained injury for immediate referral.',
    sourceNotes: [],
    members: [
      m(TW, 4, 211, 'Non accidental Injury', 'identical_text'),
      m(
        SW,
        4,
        295,
        'suspected to having suffered non-accidental, or serious unexplained, injuries',
        'paraphrase',
      ),
      m(ST, 4, 203, 'Non-accidental injury', 'identical_text'),
      m(
        DU,
        4,
        490,
        'I have suffered a non-accidental injury',
        'paraphrase',
        'Marked for a strategy discussion.',
      ),
    ],
    related: [
      {
        area: NC,
        note: 'Nottingham: an unexplained injury is an indicator requiring an immediate referral.',
        ref: ref(NC, 254, 'Child has an unexplained injury or injuries'),
      },
    ],
  }),
];

/** Differences in the rules around the matrices (names, responses, consent, referral, escalation). */
export const ruleDifferences: readonly RuleDifference[] = [
  {
    id: 'level-names-collide',
    title: 'The same level names mean different levels',
    summary: 'Local level names overlap across areas but sit at different ordinals.',
    difference:
      '"Complex" is level 3 in Telford but part of level 4\'s name in Sandwell; Sandwell describes level 3 as "requiring specialist support" while "Specialist" is level 4 in Dudley and Nottingham; "Universal Plus" is level 2 but Nottingham\'s level 3 is "Universal Partnership Plus". Always compare by level number.',
    aspect: 'level-names',
    sourceNotes: [29],
    positions: [
      { area: TW, level: 3, statement: 'Level 3 is "Complex".', refs: [ref(TW, 163, 'Complex')] },
      { area: TW, level: 2, statement: 'Level 2 is "Vulnerable".', refs: [ref(TW, 159, 'Vulnerable')] },
      {
        area: SW,
        level: 4,
        statement: 'Level 4 is "Complex/ Significant Needs".',
        refs: [ref(SW, 254, 'Complex/ Significant Needs')],
      },
      {
        area: SW,
        level: 3,
        statement: 'Level 3 ("Targeted Additional Needs") is described as requiring specialist support.',
        refs: [
          ref(SW, 255, 'This Level applies to those children identified as requiring specialist support.'),
        ],
      },
      {
        area: SW,
        level: 2,
        statement: 'Level 2 is "Universal Plus".',
        refs: [ref(SW, 254, 'Universal Plus')],
      },
      {
        area: ST,
        level: 2,
        statement: 'Level 2 is "Universal Plus".',
        refs: [ref(ST, 175, 'Level 2: Universal Plus')],
      },
      {
        area: DU,
        level: 4,
        statement: 'Level 4 is "Specialist".',
        refs: [ref(DU, 227, 'Level 4: Specialist')],
      },
      {
        area: NC,
        level: 3,
        statement: 'Level 3 is "Universal Partnership Plus"; level 4 is "Protection & Specialist".',
        refs: [
          ref(NC, 118, 'Early Help Targeted Universal Partnership Plus'),
          ref(NC, 671, 'PROTECTION & SPECIALIST'),
        ],
      },
    ],
  },
  {
    id: 's17-at-level-3',
    title: 'Is social care involved at level 3?',
    summary: "Whether a level-3 child may be assessed by children's social care.",
    difference:
      "Telford and Sandwell allow a section 17 or single assessment at level 3 and Dudley's level-3 service is part of its social care offer, while Stoke's level 3 is explicitly without statutory social work and Nottingham's level 3 is still early help.",
    aspect: 'service-response',
    sourceNotes: [30],
    positions: [
      {
        area: TW,
        level: 3,
        statement: 'May be assessed under section 17.',
        refs: [
          ref(TW, 201, 'Children who require social care intervention may be assessed under section 17'),
        ],
      },
      {
        area: SW,
        level: 3,
        statement: 'A single assessment and a child in need plan.',
        refs: [ref(SW, 310, 'A single assessment will be completed and a child in need plan developed')],
      },
      {
        area: DU,
        level: 3,
        statement: "Targeted Early Help, part of Dudley's social care offer.",
        refs: [ref(DU, 197, "The Targeted Early Help Service is part of Dudley's Social Care offer")],
      },
      {
        area: ST,
        level: 3,
        statement: 'Without the need for statutory social work intervention.',
        refs: [ref(ST, 190, 'without the need for statutory social work intervention')],
      },
      {
        area: NC,
        level: 3,
        statement: 'Early Help Targeted: an Early Help Assessment, not a statutory assessment.',
        refs: [ref(NC, 118, 'Early Help Targeted Universal Partnership Plus')],
      },
    ],
  },
  {
    id: 'referral-instrument-and-deadline',
    title: 'How to refer, and how fast',
    summary: 'The referral form, what its name stands for, and its deadline.',
    difference:
      "Sandwell's MARF is a multi-agency referral form due within 1 hour; Nottingham's MARF is a multi-agency request form with an outcome letter within 72 hours; Stoke takes written MARFs only in exceptional circumstances; Telford's request for service form is due within 2 working days of the call; Dudley uses a Request for Help and Support through its portal.",
    aspect: 'referral-instrument',
    sourceNotes: [31],
    positions: [
      {
        area: SW,
        level: 4,
        statement: 'MARF (multi-agency referral form) within 1 hour.',
        refs: [
          ref(SW, 106, 'SCSP multi-agency referral form (MARF)'),
          ref(SW, 176, 'submit it to the MASH within 1 hour of alert of the concern'),
        ],
      },
      {
        area: NC,
        level: 4,
        statement:
          'MARF (Multi-Agency Request Form); feedback and outcome letter within 72 hours as best practice.',
        refs: [
          ref(NC, 191, 'Multi-Agency Request Form (MARF)'),
          ref(NC, 193, 'an outcome letter within 72 hours'),
        ],
      },
      {
        area: ST,
        level: 4,
        statement: 'A consultation call to ChAD; written MARFs only in exceptional circumstances.',
        refs: [ref(ST, 274, "Written referrals (MARF's) are only accepted in exceptional circumstances")],
      },
      {
        area: TW,
        level: 4,
        statement: 'Family Connect request for service form within 2 working days.',
        refs: [ref(TW, 693, 'Complete the Family Connect request for service form within 2 working days.')],
      },
      {
        area: DU,
        level: 4,
        statement: 'Request for Help and Support through the Front Door portal; no deadline stated.',
        refs: [
          ref(
            DU,
            241,
            "Agencies should submit a Request for Help and Support via the Children's Front Door Portal.",
          ),
        ],
      },
    ],
  },
  {
    id: 'child-consent-age',
    title: "The age of a child's own consent",
    summary: 'From what age a child can consent to information sharing themselves.',
    difference:
      'Telford: 12 or over, depending on understanding. Dudley: 13+ (and "over 13" in the next paragraph), with capacity. Sandwell, Stoke and Nottingham state no age.',
    aspect: 'consent',
    sourceNotes: [32],
    positions: [
      {
        area: TW,
        level: null,
        statement: '12 or over, depending on understanding; a parent consents for under-12s.',
        refs: [ref(TW, 897, 'Anyone aged 12 years or over'), ref(TW, 901, 'For those aged under 12 years')],
      },
      {
        area: DU,
        level: null,
        statement: '13+ with capacity (seek consent); over 13 with capacity (inform before sharing).',
        refs: [
          ref(DU, 86, 'the child if they are aged 13+ and have capacity'),
          ref(DU, 87, 'if the child is over 13 years old and has capacity'),
        ],
      },
      {
        area: SW,
        level: null,
        statement: 'No age: consent is sought from the person with parental responsibility.',
        refs: [ref(SW, 205, 'consent from the person with parental responsibility should always be sought')],
      },
      {
        area: ST,
        level: null,
        statement: 'No age: competent young people may refuse support, but no age is given.',
        refs: [
          ref(
            ST,
            119,
            'Parents and young people, who are assessed to be competent, can refuse some or all such offers of support.',
          ),
        ],
      },
      {
        area: NC,
        level: null,
        statement: 'No age and no consent rule in the information-sharing section.',
        refs: [
          ref(NC, 284, "then they should share the information with Local Authority Children's Social Care"),
        ],
      },
    ],
  },
  {
    id: 'whether-consent-needed',
    title: 'Whether consent is needed',
    summary: 'When information can be shared or a referral made without consent.',
    difference:
      'Telford and Stoke: consent is not required for child protection; Sandwell: always seek consent at all levels unless the risk is significant and imminent; Dudley: seek consent without significant harm, and with significant harm share but inform parent and child first unless that is risky.',
    aspect: 'consent',
    sourceNotes: [33],
    positions: [
      {
        area: TW,
        level: 4,
        statement: 'Not required for child protection referrals; tell parents unless exceptions apply.',
        refs: [
          ref(TW, 179, 'Consent for information sharing is not required for child protection referrals'),
        ],
      },
      {
        area: ST,
        level: null,
        statement:
          "Not required for safeguarding sharing, but always sought for an Early Help Assessment; not asking needs a manager's approval.",
        refs: [
          ref(ST, 215, 'consent is not required when sharing information for safeguarding'),
          ref(
            ST,
            62,
            'Consent must always be sought from parent/carer/young person to carry out an early help assessment.',
          ),
          ref(ST, 229, 'must be approved by their manager, recorded and the reasons given'),
        ],
      },
      {
        area: SW,
        level: null,
        statement: 'Always sought at levels 1-4 unless the child is at significant and imminent risk.',
        refs: [ref(SW, 205, 'unless this places the child(ren) at significant and imminent risk of harm')],
      },
      {
        area: DU,
        level: null,
        statement:
          'Seek consent without significant harm; with significant harm share, informing parent and child first unless that raises the risk.',
        refs: [
          ref(DU, 86, 'you must seek the consent of a parent'),
          ref(DU, 87, 'you must inform both the parent and child'),
          ref(DU, 88, 'you should share information without informing the parent/child'),
        ],
      },
    ],
  },
  {
    id: 'escalation-timescales',
    title: 'Escalating a disagreement',
    summary: 'What to do, and how fast, when you disagree with a decision.',
    difference:
      'Dudley has four stages over days 1 to 21 (with day 2 and day 15 uncovered and day 9 in two stages); Nottingham has two ladders measured in hours (feedback in 24 hours, resolve in 48, faster if high risk); Telford, Sandwell and Stoke only point to a policy.',
    aspect: 'escalation',
    sourceNotes: [34],
    positions: [
      {
        area: DU,
        level: null,
        statement: 'Stage 1 day 1; stage 2 days 3-9; stage 3 days 9-14; stage 4 days 16-21.',
        refs: [ref(DU, 657, 'STAGE 1: DAY 1'), ref(DU, 671, 'STAGE 4: DAYS 16 TO 21')],
      },
      {
        area: NC,
        level: null,
        statement:
          'Verbal feedback within 24 hours, resolution within 48 hours, each step 24-48 hours or quicker if high risk.',
        refs: [
          ref(NC, 810, 'feedback should be made to the referrer verbally within 24 hours'),
          ref(NC, 811, 'within 24-48 hours'),
        ],
      },
      {
        area: TW,
        level: null,
        statement: 'A link to the escalation policy only.',
        refs: [ref(TW, 484, 'you may access the Resolution and Escalation policy')],
      },
      {
        area: SW,
        level: null,
        statement: 'A pointer to the SCSP Resolution and Escalation Policy only.',
        refs: [
          ref(
            SW,
            180,
            'The SCSP Resolution and Escalation Policy contain details on the resolution processes',
          ),
        ],
      },
      {
        area: ST,
        level: null,
        statement: 'One paragraph and links; no stages or timescales.',
        refs: [ref(ST, 288, 'Managing Professional Disagreements')],
      },
    ],
  },
  {
    id: 'immediate-danger-999',
    title: 'Immediate danger',
    summary: 'What the document tells a practitioner to do when a child is in immediate danger.',
    difference:
      "Four documents tell the reader to call 999; Nottingham's never mentions 999 and sends immediate concerns to the MASH or the Emergency Duty Team.",
    aspect: 'emergency',
    sourceNotes: [],
    positions: [
      { area: TW, level: 4, statement: 'Always dial 999.', refs: [ref(TW, 171, 'always dial 999')] },
      {
        area: SW,
        level: 4,
        statement: 'Call 999 first, then the SPOC, then a MARF.',
        refs: [ref(SW, 243, 'call 999 in the first instance')],
      },
      {
        area: ST,
        level: 4,
        statement: 'Contact the police on 999.',
        refs: [ref(ST, 151, 'contact the police on 999')],
      },
      {
        area: DU,
        level: 4,
        statement: 'Call the police on 999.',
        refs: [ref(DU, 243, 'the Police should be called on 999')],
      },
      {
        area: NC,
        level: 4,
        statement:
          'Refer without delay to the MASH, or the Emergency Duty Team out of hours; 999 is not mentioned.',
        refs: [ref(NC, 246, 'or when out of hours, the Emergency Duty Team, without delay')],
      },
    ],
  },
  {
    id: 'front-door-hours',
    title: 'When the front door is open',
    summary: "The front door's hours and the out-of-hours route.",
    difference:
      "Sandwell's line is open 24 hours; Telford's 9am to 5pm; Nottingham's Monday to Friday 8:30am to 5pm; the others give an out-of-hours Emergency Duty Team number.",
    aspect: 'front-door',
    sourceNotes: [],
    positions: [
      {
        area: SW,
        level: null,
        statement: '24-hour line.',
        refs: [ref(SW, 96, '0121 569 3100 (24 hour line)')],
      },
      {
        area: TW,
        level: null,
        statement: '9am to 5pm; Emergency Duty Team out of hours.',
        refs: [ref(TW, 363, 'between 9am & 5pm')],
      },
      {
        area: NC,
        level: null,
        statement: 'Monday to Friday 8:30am to 5pm; Emergency Duty Team out of hours.',
        refs: [ref(NC, 195, 'Monday to Friday 8:30am – 5:00pm')],
      },
      {
        area: DU,
        level: null,
        statement: 'No hours stated; Emergency Duty Team out of hours.',
        refs: [ref(DU, 243, 'out of hours Emergency Duty Team')],
      },
    ],
  },
];
