// Short news texts for the copy tests: one AZERTAC item, a Trend reprint with a changed
// number, an independent report on the same meeting, in the register of the region's press.

export const AZERTAC_ITEM = `President Ilham Aliyev received a delegation led by the Minister of Foreign Affairs of Uzbekistan on October 7.
The sides discussed the development of bilateral relations in the political, economic and humanitarian spheres, and the head of state noted that trade turnover between the two countries grew by 42 percent over the past year.
President Ilham Aliyev stressed the importance of the Middle Corridor and of new transport projects connecting the Caspian Sea with Central Asian markets, and expressed confidence that the strategic partnership would deepen further.
The guests conveyed the greetings of the President of Uzbekistan to the head of state.`;

export const TREND_REPRINT = `Ilham Aliyev receives Uzbek delegation
President Ilham Aliyev received a delegation led by the Minister of Foreign Affairs of Uzbekistan on October 7.
The sides discussed the development of bilateral relations in the political, economic and humanitarian spheres, and the head of state noted that trade turnover between the two countries grew by 45 percent over the past year.
President Ilham Aliyev stressed the importance of the Middle Corridor and of new transport projects connecting the Caspian Sea with Central Asian markets, and expressed confidence that the strategic partnership would deepen further.`;

export const INDEPENDENT_REPORT = `Uzbek foreign minister in Baku: trade and the Middle Corridor on the table
Our correspondent in Baku writes that the talks between President Ilham Aliyev and the Uzbek foreign minister went on for more than two hours on Tuesday.
Officials close to the delegation said trade between the two countries grew by 42 percent last year, mostly in cotton, chemicals and construction materials.
Transport specialists in Tashkent expect freight on the Middle Corridor to double once new rail links through Kazakhstan open, though tariffs remain a point of dispute.`;
