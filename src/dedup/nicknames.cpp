#include "dedup/nicknames.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

namespace {

// One line per name and its forms, fold()ed (lower-case ASCII, đ as dj,
// š as s), words separated by single spaces. A form may sit in several
// groups ("sasa" is Aleksandar and Aleksandra, "mile" is Milan and
// Milorad); two names are nicknames when they share a group, so Milan and
// Milorad, which share only "mile", stay apart.
constexpr std::string_view groups[] = {
    // English forms and their counterparts across Europe
    "william bill billy will willy willie liam wilhelm willem guillaume guglielmo guillermo "
    "vilim viljem vilijam",
    "robert bob bobby rob robbie roberto bert",
    "albert al bert alberto albrecht",
    "herbert herb bert",
    "gilbert gil bert",
    "gerald gerry jerry",
    "gerard gerry gerhard gerardo",
    "jeremy jerry jeremiah jeremija",
    "jerome jerry jeronim",
    "james jim jimmy jamie jaime giacomo jacques",
    "jacob jakob jakov jake jakub jacopo jacques jakup yakub yaqub",
    "michael mike mick mickey mikey michel michele miguel mihael mihailo mihajlo mihail mikhail "
    "mijo miki michal mikael mikel mihovil",
    "michelle michela michaela mihaela micaela mikaela",
    "katherine catherine kathryn katharine kathleen kathy cathy kate katie kitty katarina "
    "katerina ekaterina yekaterina katrin katharina katja katya catarina caterina kata kaca",
    "elizabeth elisabeth liz lizzie beth betty bess bessie betsy libby eliza elisa elise lisa "
    "liza elizabeta elisabetta jelisaveta beti isabel isabella isabelle izabela",
    "alexander alex alec alexandre alessandro alejandro aleksandar aleksander aleksandr "
    "aleksandre sasa sasha aco aca sale sandro aleks leka leke llesh",
    "alexandra aleksandra alex sandra sasa sasha sanja alessandra alejandra",
    "alexei aleksej alexey aleksa alexis",
    "john johnny jack jon jovan jovo jovica johann johannes hans jan janko janez ivan ivo ivica "
    "vanja giovanni gianni juan jean joao gjon ioannis giannis yannis ion ioan sean shaun ian "
    "evan johan jens",
    "jonathan jon jonny",
    "joanna johanna joan joanne jane janet jeanne jovana jovanka ivana ivanka jana giovanna "
    "juana",
    "nikola nikolas nicholas nicolas nick nicky niko nikolla nikolai nikolay nicola niccolo "
    "nicolo nikolaus klaus nikica kole kol",
    "nicole nikolina nikoleta nicoletta",
    "george georg georges giorgio jorge jurgen djordje dorde dordje djordja gjorgje gjorgji "
    "gjorgi gorgi gorgji georgi georgije georgios giorgos jorgo gjergj jerzy yuri yury jurij jure "
    "juraj "
    "jurica jiri gyorgy gheorghe djuro duro djoko doko dzordz",
    "peter petar pero pera perica peca pete pjeter pedro pietro pierre piotr petr petros petre "
    "peder",
    "predrag pedja peda",
    "nenad neno nesa",
    "mary maria marija marie mariya mari marica mimi molly polly masa masha maryam mariam "
    "miriam merjem",
    "mehmet mehmed meho memed mohammed mohamed mohammad mohamad muhammad muhammed muhamed "
    "muhamet",
    "ahmed ahmet ahmad",
    "stephen steven steve stephan stefan stjepan stevan stevo steva stevica stipe stipan stipo "
    "stefano esteban etienne istvan stefanos",
    "stephanie steph stefanie stefania stefanija",
    "joseph joe joey josip josif jose giuseppe josef jozef jozo joza joze zef jusuf yusuf",
    "paul pavle pavao pavel pablo paolo paulo pavlo pal",
    "anthony antony tony toni anton antonio antoine antun ante tonci andon ndue ndoc",
    "andrew andy drew andrej andrija andreas andre andrea andres andrzej andrei ndre",
    "daniel dan danny danilo dane danijel daniele",
    "danielle daniela danijela dana",
    "david dave davide davit dawid davud davut daut dejvid",
    "thomas tom tommy tomas tomo toma tomasz tommaso thom",
    "tomislav tomo toma",
    "richard rick ricky dick rich richie ricardo riccardo rikard rihard",
    "charles charlie chuck karl carl carlos carlo karlo karel",
    "caroline carolina karolina carolyn carol carrie",
    "edward ed eddie ted teddy edvard eduard eduardo edoardo",
    "henry harry hank heinrich henri enrico enrique hendrik henrik hinko",
    "francis frank frankie franz francesco francisco francois franjo frane franc ferenc frano",
    "frances fran francesca francoise franziska",
    "matthew matt mathew matthias mateo matteo matej matija mate mato matias mathieu mattia "
    "matevz",
    "mark marc marco marko markus marcus marek marcos",
    "luke luka lukas luca lucas luc lukasz",
    "simon simeon sime simo simun simone semyon",
    "benjamin ben benny benji",
    "benedict ben benedikt benedetto",
    "samuel sam sammy samuele samuil",
    "samantha sam sammy",
    "anne ann anna ana annie anita anja anya anka anica nancy annette",
    "margaret maggie meg peggy marge margie greta gretchen margarita margareta margit "
    "marguerite margherita rita",
    "susan sue susie suzanne susanna suzana zuzana",
    "helen helena elena jelena jela ellen ellie lena eleni ilona helene olena",
    "magdalena magdalene madeleine madeline maddie magda lena",
    "christopher chris kristopher kristofer christoph christophe cristoforo cristobal",
    "christina christine kristina kristine kristin tina chris",
    "christian kristian cristian kristijan chris",
    "patrick pat paddy patrice patricio patrizio patrik",
    "patricia pat patty trish tricia patrizia",
    "jennifer jen jenny",
    "jessica jess jessie",
    "barbara barb barbie babs",
    "deborah debbie deb debra",
    "dorothy dot dottie dolly dorothea doroteja dora",
    "abigail abby",
    "rebecca becky becca rebeka rebekah",
    "victoria vicky tori viktoria viktorija vika",
    "victor vic viktor vittorio",
    "lawrence larry laurence lorenzo lovro laurent lorenz",
    "leonard leo len lenny leonardo leonhard",
    "raymond ray ramon raimondo rajmund raimund",
    "ronald ron ronnie",
    "donald don donnie",
    "timothy tim timmy timotej timothee",
    "kenneth ken kenny",
    "gregory greg grigor grgur gregor gregorio gregoire grigorije grigorij gligor",
    "nathan nate",
    "nathaniel nat nate",
    "theodore ted teddy theo teodor todor toso fedor fyodor",
    "alfred al alf alfie fred alfredo",
    "frederick fred freddie freddy fritz friedrich federico frederic fredrik",
    "arthur art artie artur arturo",
    "walter walt wally walther valter",
    "louis lou lewis luis luigi ludwig ludovic luj",
    "eugene gene eugen evgeni yevgeny jevgenij eugenio",
    "eugenia evgenija jevgenija zenja",
    "vincent vince vinny vincenzo vicente vinko vicko",
    "martin marty martino",
    "jeffrey jeff geoffrey geoff",
    "joshua josh",
    "zachary zach zack zacharias zaharije zaharija",
    "dominic dom dominik domenico dominique dinko",
    "elias elijah ilija ilia ilya elia ilijaz ilyas",
    "gabriel gabe gabrijel gabriele gavrilo gavro",
    "gabriela gabrijela gabriella gabrielle gaby",
    "raphael rafael raffaele",
    "emmanuel manuel manny emanuel emanuele",
    "philip phil filip filipe felipe philippe filippo",
    "sebastian seb sebastien sebastiano",
    "maximilian max maksimilijan maxim maksim maks massimo",
    "oliver ollie olivier",
    "olivia livia liv",
    "kevin kev",
    "eric erik erich",
    "dennis denis denny",
    "aaron aron harun",
    "kimberly kim",
    "amanda mandy",
    "melissa mel missy",
    "cynthia cindy",
    "pamela pam",
    "rachel rachael rahela raquel",
    "virginia ginny",
    "diane diana dijana",
    "judith judy judita",
    "martha marta",
    "beverly bev",
    "angela angie angelina andjela andela",
    "rose rosie rosa ruza ruzica rozalija rosalia",
    "sarah sara sally sadie",
    "emily emilia emilija emilie",
    "lucy lucia lucija lucie",
    "teresa theresa tereza terezija tess tessa",
    "julia julija julie giulia yulia jula julka",
    "sophia sofia sofija sophie sonja sonia sonya",
    "eva eve hava havva",
    "irene irena irina ira",
    "natalie natalija natalia nathalie natasa natasha nata",
    "tatiana tatjana tatyana tanja tanya tania",
    "agnes agneza janja ines inez",
    "lillian liliana ljiljana liljana lili",
    "monika monica",
    "jacqueline jackie jacqui",
    // Slavic names of the region and their short forms
    "vladimir vlado vlada vladica volodymyr wladimir",
    "miroslav miro mirko",
    "slobodan sloba slobo",
    "zoran zoki",
    "dusan dule dusko",
    "radovan rade",
    "radomir rade",
    "radoslav rade rado",
    "ljubomir ljubo ljuba",
    "stanislav stanko stane stanislaw stanislao",
    "branislav bane brane",
    "branimir bane brane branko",
    "bozidar bozo",
    "lazar lazo laza lazarus lazare lazzaro",
    "vasilije vasa vaso vasilij vasil vasile vasko basil vassilis",
    "dimitrije dimitar dimitri dmitri dmitry demetrius mitar mita mitko mite mitre dimitrios "
    "dimitris",
    "konstantin kosta kostas constantine constantin konstantinos costa",
    "spiridon spiro spyros",
    "milan mile",
    "milorad mile",
    "milutin mile",
    "momcilo moma momo",
    "vojislav voja vojo",
    "zvonimir zvonko",
    "kresimir kreso",
    "kiril cyril kirill kirilo ciril",
    "kliment clement klement clemente klemens",
    "svetlana ceca svetla lana",
    "snezana sneza",
    "gordana goca",
    "dragana gaga",
    "biljana bilja",
    // Muslim names of Bosnia, Kosovo, Albania and North Macedonia
    "ibrahim ibro abraham avram abram brahim",
    "ismail ismael izmail",
    "musa moses mojsije mojsej",
    "sulejman suleiman suleyman solomon",
    "job ejup ayub ayyub eyup",
    "husein hussein huseyin husejn hussain",
    "fatima fatime fata fatma",
    "ajsa aisha aysha ajshe ayse",
    "mustafa mujo mustafe",
    "abdullah abdulah abdulla",
    "omer omar umar",
    "osman uthman othman",
    "alija ali",
};

using group_id = std::uint16_t;
static_assert(std::size(groups) < 65536);

// Every form in the table, with the groups it belongs to, sorted.
using index = std::unordered_map<std::string_view, std::vector<group_id>>;

index build_index() {
  index out;
  for (std::size_t g = 0; g < std::size(groups); ++g) {
    const std::string_view line = groups[g];
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t end = std::min(line.find(' ', i), line.size());
      std::vector<group_id>& ids = out[line.substr(i, end - i)];
      if (ids.empty() || ids.back() != g) ids.push_back(static_cast<group_id>(g));
      i = end + 1;
    }
  }
  return out;
}

const index& nickname_index() {
  static const index built = build_index();  // built once, thread-safe since C++11
  return built;
}

}  // namespace

bool are_nicknames(std::string_view a, std::string_view b) {
  if (a == b || a.empty() || b.empty()) return false;
  const index& names = nickname_index();
  const auto x = names.find(a);
  if (x == names.end()) return false;
  const auto y = names.find(b);
  if (y == names.end()) return false;
  // Both lists are sorted (groups are read in order) and short.
  const std::vector<group_id>& p = x->second;
  const std::vector<group_id>& q = y->second;
  for (std::size_t i = 0, j = 0; i < p.size() && j < q.size();) {
    if (p[i] == q[j]) return true;
    if (p[i] < q[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
