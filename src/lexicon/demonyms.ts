/**
 * Demonyms (lower case): "Pakistani soldiers" names whose soldiers they are. Generated once from the
 * world-countries package (eng m/f demonyms) plus common group adjectives; edit freely, it is data.
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'afghan', 'african', 'albanian', 'algerian', 'american', 'andorran', 'angolan', 'anguillian', 'antarctican',
  'arab', 'argentine', 'armenian', 'aruban', 'asian', 'australian', 'austrian', 'azerbaijani', 'bahamian',
  'bahraini', 'baloch', 'bangladeshi', 'barbadian', 'belarusian', 'belgian', 'belizean', 'beninese', 'bermudian',
  'bhutanese', 'bolivian', 'brazilian', 'british', 'bruneian', 'bulgarian', 'burkinabe', 'burmese', 'burundian',
  'cambodian', 'cameroonian', 'canadian', 'caymanian', 'chadian', 'chechen', 'chilean', 'chinese', 'colombian',
  'comoran', 'congolese', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'djibouti', 'dominican', 'dutch',
  'ecuadorean', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'european',
  'faroese', 'fijian', 'filipino', 'finnish', 'french', 'gabonese', 'gambian', 'georgian', 'german', 'ghanaian',
  'gibraltar', 'greek', 'greenlandic', 'grenadian', 'guadeloupian', 'guamanian', 'guatemalan', 'guianan',
  'guinea-bissauan', 'guinean', 'guyanese', 'haitian', 'honduran', 'houthi', 'hungarian', 'i-kiribati', 'icelander',
  'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian', 'ivorian', 'jamaican', 'japanese',
  'jordanian', 'kazakhstani', 'kenyan', 'kirghiz', 'kosovar', 'kurdish', 'kuwaiti', 'laotian', 'latvian', 'lebanese',
  'liberian', 'libyan', 'liechtensteiner', 'lithuanian', 'luxembourger', 'macanese', 'macedonian', 'mahoran',
  'malagasy', 'malawian', 'malaysian', 'maldivan', 'malian', 'maltese', 'manx', 'marshallese', 'martinican',
  'mauritanian', 'mauritian', 'mexican', 'micronesian', 'moldovan', 'monegasque', 'mongolian', 'montenegrin',
  'montserratian', 'moroccan', 'mosotho', 'motswana', 'mozambican', 'namibian', 'nato', 'nauruan', 'nepalese',
  'ni-vanuatu', 'nicaraguan', 'nigerian', 'nigerien', 'niuean', 'norwegian', 'omani', 'pakistani', 'palauan',
  'palestinian', 'panamanian', 'paraguayan', 'pashtun', 'peruvian', 'polish', 'portuguese', 'qatari', 'rohingya',
  'romanian', 'russian', 'rwandan', 'sahrawi', 'salvadoran', 'sammarinese', 'samoan', 'saudi', 'scottish',
  'senegalese', 'serbian', 'seychellois', 'shia', 'shiite', 'singaporean', 'slovak', 'slovene', 'somali', 'soviet',
  'spanish', 'sudanese', 'sunni', 'surinamer', 'swazi', 'swedish', 'swiss', 'syrian', 'tadzhik', 'taiwanese',
  'tamil', 'tanzanian', 'thai', 'togolese', 'tokelauan', 'tongan', 'trinidadian', 'tunisian', 'turkish', 'turkmen',
  'tuvaluan', 'ugandan', 'uighur', 'ukrainian', 'uruguayan', 'uyghur', 'uzbekistani', 'vatican', 'venezuelan',
  'vietnamese', 'welsh', 'yemeni', 'zambian', 'zimbabwean',
]);
