"""Hand labels for src/test/resources/pii/eval-real.jsonl, keyed by case id (corpus group/file).

Written by reading each extracted body (scripts/dev/extract_real_mail.py --unlabelled), following
the rules in src/test/resources/pii/eval-real.md. Each entry is (TYPE, value) or
(TYPE, value, prefix): every occurrence of value in the text is expected as TYPE, or with a prefix
only the occurrences right after it. A value is listed once per case even when it recurs.
An empty list means the body holds no personal data by those rules.
"""

_LIST_ILUG = [("EMAIL", "ilug@linux.ie"), ("EMAIL", "listmaster@linux.ie")]

LABELS = {
    # ---------------------------------------------------------------- easy ham (mailing lists)
    "easy-ham-1/00001.7c53336b37003a9286aba55d2945844c.txt": [
        ("PERSON", "Chris Garrigues"),
        ("EMAIL", "cwg-dated-1030377287.06fa6d@DeepEddy.Com"),
        ("PERSON", "kre"),  # Robert Elz signs with his login
        ("EMAIL", "Exmh-workers@redhat.com"),
        # the quoted Message-ID <...TMDA@deepeddy.vircio.com> is not a mailbox
    ],
    "easy-ham-1/00002.9c4069e25e1ef370c078db7ee85ff9ac.txt": [
        ("PERSON", "Martin A"),
        ("PERSON", "Tassos Papadopoulos"),
        ("PERSON", "Alexander"),  # Alexander the Great: a real (historical) person
        ("EMAIL", "forteana-unsubscribe@egroups.com"),
    ],
    "easy-ham-1/00010.145d22c053c1a0c410242e46c01635b3.txt": [
        ("EMAIL", "Spamassassin-talk@lists.sourceforge.net"),
    ],
    "easy-ham-1/00012.48a387bc38d1316a6f6b49e8c2e43a03.txt": [
        ("PERSON", "Theo Van Dinter"),
        ("PERSON", "Marc Perkel"),
        ("EMAIL", "Spamassassin-devel@lists.sourceforge.net"),
    ],
    "easy-ham-1/00013.81c34741dbed59c6dde50777e27e7ea3.txt": [
        ("PERSON", "John P. Looney"),
        ("PERSON", "Kate"),
    ] + _LIST_ILUG,
    "easy-ham-1/00014.cb20e10b2bfcb8210a1c310798532a57.txt": [
        ("PERSON", "Chris Garrigues"),
        ("EMAIL", "cwg-exmh@DeepEddy.Com"),
        ("PERSON", "Robert Elz"),
        ("EMAIL", "kre@munnari.OZ.AU"),
        ("PERSON", "Chris", "afterwards.\n\n"),
        ("ADDRESS", "716 Congress, Suite 200\nAustin, TX  78701"),
        ("PHONE", "+1 512 374 0500"),
    ],
    "easy-ham-1/00016.ef397cef16f8041242e3b6560e168053.txt": [
        ("PERSON", "Bernard", "rgrds,\n"),
        ("PERSON", "Bernard Tyers"),
        ("PHONE", "353-1-700-5273"),
        ("EMAIL", "bernard.tyers@dcu.ie"),
        ("EMAIL", "IIU@iiu.taint.org"),
    ],
    "easy-ham-1/00018.6fee38026193b5adde4b56892a6f14bc.txt": [
        ("PERSON", "Kiall Mac Innes"),
        ("EMAIL", "kiall@redpie.com"),
    ] + _LIST_ILUG,
    "easy-ham-1/00023.e0e815ea1d7fd40e7e70b4c0035bef0c.txt": [
        ("PERSON", "John P. Looney"),
        ("PERSON", "Fergal Moran"),
        ("PERSON", "Pádraig"),
    ] + _LIST_ILUG,
    "easy-ham-1/00024.59c2cb781c60594315241e2b50ea70e2.txt": [
        ("PERSON", "leslie"),
        ("PERSON", "Leslie Ellen Jones"),
        ("EMAIL", "lejones@ucla.edu"),
        ("PERSON", "Flann O'Brien"),
        ("PERSON", "Dino"),
        ("EMAIL", "zzzzteana@yahoogroups.com"),
        ("EMAIL", "forteana-unsubscribe@egroups.com"),
        # kermit, rizzo: Muppets, not people
    ],
    "easy-ham-1/00025.d685245bdc4444f44fa091e6620b20b3.txt": [
        ("PERSON", "John P. Looney"),
        ("EMAIL", "peter@staunton.ie"),
        ("EMAIL", "bauwolf@indigo.ie"),
        ("PERSON", "Al", "~"),
    ] + _LIST_ILUG,
    "easy-ham-1/00028.ddbae7c7b229813409ae50c47624ddb9.txt": [
        ("PERSON", "Joseph S. Barrera III"),
        ("PERSON", "tom", "-"),
    ],
    "easy-ham-1/00030.cc78e84cd398ff4a2e9e287263de928f.txt": [
        ("PERSON", "Ciaran", "/"),
        ("PERSON", "Ciaran Johnston"),
        ("PERSON", "Ciaran", "> "),  # "> Ciaran." and ">> Ciaran." sign-offs in the quotes
        # "Dublin said:" (a place name) and the initial "P" are not labelled
    ] + _LIST_ILUG,
    "easy-ham-1/00032.57e29a75bca42afb412fc68d5051aa20.txt": [
        ("PERSON", "Dubya"),
        ("PERSON", "TONY BLAIR"),
        ("PERSON", "George W. Bush"),
        ("PERSON", "Yassir Arafat"),
        ("PERSON", "Blair", "but "),
        ("PERSON", "Williams", "Baroness "),
        ("PERSON", "Tony Blair"),
        ("PERSON", "Blair", "Brighton. "),
        ("PERSON", "Bush", "Blair, "),
        ("PERSON", "Jacques\nChirac"),
        ("PERSON", "Bush", "French,' "),
        ("PERSON", "Blair", "in\n"),
    ],
    "easy-ham-1/00033.2ceb520d2c6500ccf24357f2ebdce618.txt": [
        ("EMAIL", "hauns_froehlingsdorf@infinetivity.com"),
        ("PERSON", "Hauns", "return.\n\n"),
        ("PERSON", "Hauns Froehlingsdorf"),
        ("PHONE", "952-225.4200"),
    ],
    "easy-ham-1/00034.1d56abea55f3c516d0ffdd4f1e8b883b.txt": [
        ("PERSON", "Al white"),
        ("PERSON", "Al", "joking "),
    ] + _LIST_ILUG,
    "easy-ham-1/00038.cd457af47eb78d4b93c7d94043a43108.txt": [
        ("EMAIL", "ilug-admin@linux.ie"),
        ("PERSON", "Peter\nStaunton"),
        ("PERSON", "Peter", "Thanks a lot,\n"),
    ] + _LIST_ILUG,
    "easy-ham-1/00039.be5e34dcebd922928045634015e3ed78.txt": [
        ("PERSON", "Nick Hilliard"),
        ("PERSON", "Nick", ">"),
        ("EMAIL", "IIU@iiu.taint.org"),
        ("PERSON", "Antoin O Lachtnain"),
        ("EMAIL", "antoin@eire.com"),
        ("PHONE", "+353-87-240-6691"),
    ],
    "easy-ham-1/00043.d2673a72d215cbdd747dc98cde41fbd2.txt": [
        ("PERSON", "Peter"),
        # XF86Config values (BusID "PCI:0:18:0", modelines, sync ranges) are not personal data
    ] + _LIST_ILUG,
    "easy-ham-1/00046.c8491e68aa5652272d6511bb7d848d37.txt": [
        ("PERSON", "Dan", "- "),
    ],
    "easy-ham-1/00048.1e067f31e83cc6ea3e9103b52f15588e.txt": [
        ("PERSON", "Eirikur Hallgrimsson"),
        ("EMAIL", "eh@mad.scientist.com"),
        ("PERSON", "Gary", "E> "),
        ("PERSON", "Bjork"),
        ("PERSON", "Gary Lawrence Murphy"),
        ("EMAIL", "garym@teledyn.com"),
        ("PERSON", "Pablo Picasso"),
    ],
    "easy-ham-1/00050.74d3103c5691914a530dcae2f656a1f5.txt": [
        ("PERSON", "Daniel Quinlan"),
        ("PERSON", "Dan Kohn"),
        ("EMAIL", "dan@dankohn.com"),
        ("PERSON", "Daniel", "> > "),
        ("PERSON", "Justin", "that "),
        ("PERSON", "Craig"),
        ("PERSON", "Justin Mason"),
        ("PERSON", "Dan", "see "),
        ("PERSON", "Michael Moncur"),
        ("PERSON", "Harold Hallikainen"),
    ],
    "easy-ham-1/00057.7c3a836baaa732cd915546442c0fef1a.txt": [
        ("PERSON", "Martin", "weeks?\n\n"),
        ("PERSON", "Martin Whelan"),
        ("PHONE", "086-8888975"),
        ("EMAIL", "IIU@iiu.taint.org"),
    ],
    "easy-ham-1/00061.9cc2b5c110807914cc6c38263b7dd62a.txt": [
        ("PERSON", "Barry Dexter A. Gonzaga"),
        ("PERSON", "Larry W. Virden"),
        ("EMAIL", "Sitescooper-talk@lists.sourceforge.net"),
    ],
    "easy-ham-1/00062.009f5a1a8fa88f0b38299ad01562bb37.txt": [
        ("PERSON", "Bob Musser"),
        ("EMAIL", "BobM@dbsinfo.com"),
        ("ADDRESS", "106 Longhorn Road\nWinter Park FL 32792"),
        ("PHONE", "(407) 679-1539"),
    ],
    "easy-ham-1/00063.0acbc484a73f0e0b727e06c100d8df7b.txt": [
        # "Bob" opens the text, so no prefix can single it out, and a bare "Bob" would also match
        # inside "BobM@dbsinfo.com"; the newline after it is the only way to name this one
        # (a prediction of "Bob" overlaps the span all the same)
        ("PERSON", "Bob\n"),
        ("PERSON", "Bob Musser"),
        ("PERSON", "Javier", "Thank you\n\n"),
        ("EMAIL", "BobM@dbsinfo.com"),
        ("ADDRESS", "106 Longhorn Road\n> Winter Park FL 32792"),
        ("PHONE", "(407) 679-1539"),
        ("PERSON", "Javier Cota"),
        ("PHONE", "52723341"),  # Mexico City number in the signature
        ("EMAIL", "javier@linkcreations.com.mx"),
    ],
    "easy-ham-1/00065.fa593405941ce1f32a29e813493eacf2.txt": [],
    "easy-ham-1/00066.7dda463deb5e41ba1af3a0da55ab504b.txt": [
        ("PERSON", "Bob Musser"),
        ("EMAIL", "BobM@dbsinfo.com"),
        ("PERSON", "Andrey G. Sergeev"),
        ("PERSON", "Andris", "AKA "),
        ("EMAIL", "dns-swap-off@lists.ironclad.net.au"),
        # "BM>" quote initials are not labelled
    ],
    "easy-ham-1/00070.c62a036deb1de40aa32cabc761b0861c.txt": [
        ("PERSON", "Bill Stoddard"),
        ("PERSON", "Bill", ">\n>"),
        ("PERSON", "Owen"),
        ("PERSON", "Lisa M. Bowman"),
        ("EMAIL", "lisa.bowman@cnet.com"),
        ("PERSON", "Bob Biersack"),
        ("PERSON", "Biersack", "\n\n"),
        ("PERSON", "Craig Krueger"),
    ],
    "easy-ham-1/00084.2ef0c65e298880c3869b39dc95b40e8e.txt": [
        ("PERSON", "Paul Jakma"),
        ("PERSON", "kevin lyda"),
        ("PERSON", "Kate"),
    ] + _LIST_ILUG,
    "easy-ham-1/00086.2d36c5f829135d1fed8f88471163b240.txt": [
        ("PERSON", "Dell Quinn"),
        ("ADDRESS", "15 Fitzwilliam Quay\nDublin 4\nIreland"),
        ("PHONE", "01 6188428"),
        ("PHONE", "01 6602244"),
        ("PHONE", "086 6048101"),
    ] + _LIST_ILUG,
    "easy-ham-1/00089.c31c9b44b66c440d6b39c5f8841ed43b.txt": [
        ("PERSON", "David", "\t"),
        ("PERSON", "David Hamilton"),
    ] + _LIST_ILUG,
    "easy-ham-1/00091.abb1965e279e4365f1ef31e4878c5d14.txt": [
        ("PERSON", "Dermot", "Hi "),
        ("PERSON", "Justin"),
        ("EMAIL", "ilug-admin@linux.ie"),
        ("PERSON", "Dermot Daly"),
        ("PERSON", "Dermot", "Thanks,\n> "),
        # "192.168.x.x" is a pattern, not an address
    ] + _LIST_ILUG,
    "easy-ham-1/00093.ee758841ef674e30d7d36f22fffeaeb6.txt": [
        ("PERSON", "Ray Dermody"),
        ("EMAIL", "DERMODYR@ITCARLOW.IE"),
        ("PERSON", "Philip Reynolds"),
        ("PHONE", "01 8832063"),
        ("PHONE", "01 8832041"),
    ] + _LIST_ILUG,
    "easy-ham-1/00096.3517ca839b03cdf37c14ff9b3667dd98.txt": [
        ("PERSON", "Ray Dermody"),
        ("PHONE", "0503 76271"),
        # DNS serial numbers and the PGP signature are not personal data
    ] + _LIST_ILUG,
    "easy-ham-1/00098.90c05d1ad65ea3fa796bfa2808f71052.txt": [
        ("PERSON", "John Sterne"),
        ("PERSON", "Braun Brelin"),
        ("PERSON", "Brelin", "department.\n"),
        ("PERSON", "David Owens"),
        ("PERSON", "Braun", "due to "),
        ("PERSON", "David", "Braun and "),
    ] + _LIST_ILUG,
    "easy-ham-1/00109.bcb73e4561798e05f2299471ab0be1bb.txt": [
        ("PERSON", "Glen", ":)\n\n"),
        ("PERSON", "Stephane Dudzinski"),
        ("PERSON", "Steph", "> \n> "),
        ("PERSON", "Glen Gray"),
        ("PERSON", "Glen", "> > "),
        ("PHONE", "+353 1 4334357"),
        ("PHONE", "+353 1 4334301"),
    ] + _LIST_ILUG,
    "easy-ham-1/00112.55ec2d4a4203ff075f5570bdac744550.txt": [
        ("PERSON", "Uly"),
        ("EMAIL", "joefitz@netsoc.ucd.ie"),
        ("EMAIL", "decdelmur@iol.ie"),
        ("PERSON", "Joe"),
    ] + _LIST_ILUG,
    "easy-ham-1/00125.0b972a986a586ab4ba3ff45e88f330db.txt": [
        ("PERSON", "Chris", "..."),
        ("EMAIL", "Razor-users@lists.sourceforge.net"),
    ],
    "easy-ham-1/00128.0e92ec0c8bd8233f7e7873e93df43277.txt": [
        ("PERSON", "john hall"),
        ("EMAIL", "fork-admin@xent.com"),
        ("PERSON", "John\nHall"),
        ("EMAIL", "Fork@xent.com"),
        ("EMAIL", "bitbitch@magnesium.net"),
        ("PERSON", "bitbitch", ">  "),  # the nickname she signs with
    ],
    "easy-ham-1/00137.11311a8e5dbfe18503bf736b82b91fc7.txt": [
        ("PERSON", "Kevin Hemenway"),
    ],
    "easy-ham-1/00143.4cae4623140fc349a57dac7ffd863227.txt": [
        ("PERSON", "Donal MacIntyre"),
    ],
    "easy-ham-1/00150.a4c5a8aaccd6b54f1000e9fa02f53114.txt": [
        ("PERSON", "Brendan Kehoe"),
        ("EMAIL", "brendan@zen.org"),
        ("PERSON", "Rick Moen"),
        ("EMAIL", "rick@linuxmafia.com"),
        # Inigo Montoya: a film character
    ] + _LIST_ILUG,
    # ---------------------------------------------------------------- hard ham (newsletters)
    "hard-ham-1/00001.7c7d6921e671bbe18ebb5f893cd9bb35.txt": [
        ("EMAIL", "mkettler@home.com"),
    ],
    "hard-ham-1/00003.268fd170a3fc73bee2739d8204856a53.txt": [
        ("EMAIL", "nic@starflung.com"),
    ],
    "hard-ham-1/00004.68819fc91d34c82433074d7bd3127dcc.txt": [
        ("PERSON", "Conrad Burns"),
        ("PERSON", "George Mills"),
    ],
    "hard-ham-1/00009.ddea79a02a9978cb3dafef3c05ff37a6.txt": [
        ("PERSON", "Xxxxxxxxx Yyyyyyy"),  # the corpus's stand-in for the recipient's name
        ("EMAIL", "Xxxxxxxxx.Yyyyyyy@web.de"),
        ("EMAIL", "newsletter@jobfair24.de"),
    ],
    "hard-ham-1/00104.75eda98a9139049e191d3cfa09860c9d.txt": [
        ("EMAIL", "qqqqqqqqqq-zdnet@spamassassin.taint.org"),
    ],
    "hard-ham-1/00132.bf2db722d16c3cece885fc6bf30b717e.txt": [
        # "Sandy Frank Entertainment" is a company
    ],
    "hard-ham-1/00149.f6fddcb1750a61e5e085e22a4fa08912.txt": [
        ("EMAIL", "newsletter@matrox.com"),
        # the same address shown to the reader, split by a stray tag
        ("EMAIL", "newsletter@matrox", ">"),
    ],
    "hard-ham-1/00152.651a40f1c0b2ba19122eccebccbae788.txt": [
        ("ADDRESS", "2121 Alton Parkway, Suite 250\nIrvine CA 92606"),
        ("PERSON", "Yaron Brook"),
        ("PERSON", "Brook", "Dr. "),
        ("PERSON", "Larry Benson"),
        ("EMAIL", "larryb@aynrand.org"),
        ("PHONE", "(949) 222-6550"),
        ("PERSON", "Ayn Rand", "philosophy of "),  # elsewhere "Ayn Rand" names the institute
        ("EMAIL", "gazette@vineyard.net"),
        ("EMAIL", "davidh@aynrand.org"),
    ],
    "hard-ham-1/00153.ed096ffdeb400b9697bb01c41814f7e6.txt": [
        ("EMAIL", "listserv@listserv.dli.com"),
    ],
    "hard-ham-1/00154.c3c99795c6f5d902ce025522136f8cd3.txt": [
        ("PERSON", "John Dahill"),
        ("PERSON", "Wendy Downs"),
        ("EMAIL", "GHSclassof1977-unsubscribe@yahoogroups.com"),
    ],
    "hard-ham-1/00156.71dbfb9d9c57413a67cd865d58c776de.txt": [
        ("ADDRESS", "2600 Virginia Avenue, NW, Suite 100\nWashington DC 20037"),
        ("PERSON", "George Getz"),
        ("PHONE", "(202) 333-0008"),
        ("EMAIL", "pressreleases@hq.LP.org"),
        ("PERSON", "Steve Dasbach"),
        ("PERSON", "Dasbach", "asked "),
        ("PERSON", "Dasbach", "East, "),
    ],
    "hard-ham-1/00157.431059ab68cc59ab6c09cb5cf454652c.txt": [
        ("EMAIL", "unsubscribe-sweeps@email.lifetimetv.com"),
        ("EMAIL", "subscriptions@lifetimetv.com"),
    ],
    # ---------------------------------------------------------------- spam
    "spam-2/00003.590eff932f8704d8b0fcbe69d023b54d.txt": [
        ("EMAIL", "ultratrimnow2001@aol.com"),
        ("PHONE", "775-257-6657"),
    ],
    "spam-2/00005.ed0aba4d386c5e62bc737cf3f0ed9589.txt": [
        ("ADDRESS", "P. O. Box 36\nDayton, Ohio 45405"),
        ("PHONE", "775-257-6657"),
    ],
    "spam-2/00009.1e1a8cb4b57532ab38aa23287523659d.txt": [
        ("PERSON", "DOUGLAS SMITH"),
        ("PERSON", "ALLAN P. SEAMAN"),
        ("PERSON", "ALLAN P.SEAMAN"),
    ],
    "spam-2/00011.bd8c904d9f7b161a813d222230214d50.txt": [
        ("PHONE", "1-888-557-5744"),
        ("PHONE", "1-310-842-3521"),
        ("EMAIL", "boogins@hiphopmaster.com"),
        # "Add Systems, NY, NY 1 1 2 2 2": no street, so no postal address
    ],
    "spam-2/00012.cb9c9f2a25196f5b16512338625a85b4.txt": [
        ("PHONE", "1-866-522-8575"),
        ("PHONE", "954-610-9386"),  # also covers the one written 1-954-610-9386
        ("PERSON", "Ted Koppel"),
        ("EMAIL", "respond_to_dave@excite.com"),
        ("PERSON", "Steve Wynn"),
        ("PERSON", "J.Barnes"),
    ],
    "spam-2/00014.13574737e55e51fe6737a475b88b5052.txt": [
        ("PHONE", "(732) 751-1457"),
        ("EMAIL", "removemenow68994@btamail.net.cn"),
    ],
    "spam-2/00018.336cb9e7b0358594cf002e7bf669eaf5.txt": [
        ("PHONE", "1-888-763-2497"),
        ("ADDRESS", "6484 Coral Way, Miami, FL, 33155"),
    ],
    "spam-2/00021.07d9ab534bbfba9020145659008a3a14.txt": [
        ("PHONE", "877-529-7358"),
    ],
    "spam-2/00022.be66c630a142f0d862c2294a2d911ce1.txt": [
        ("PHONE", "1-800-909-6268"),
        ("EMAIL", "cyndijo@casa.as"),
    ],
    "spam-2/00023.5bec0fc32cfc42c9cc5c941d94258567.txt": [],
    "spam-2/00027.b7b61e4624a29097cf55b578089c6110.txt": [
        ("PHONE", "900-370-5465"),
        ("PHONE", "888-400-1919"),
        ("PHONE", "1-900-505-7575"),
    ],
    "spam-2/00032.3b93a3c65e0a2454fc9646ce01363938.txt": [],
    "spam-2/00034.cac95512308c52cfba33258e46feff97.txt": [
        ("EMAIL", "bible-cd@minister.com"),
        ("ADDRESS", "160 White Pines Dr., Alpharetta Ga, 30004"),
        ("EMAIL", "Bible-CD@minister.com"),
        ("PHONE", "770-343-9724"),
        ("EMAIL", "rm6920@post.com"),
    ],
    "spam-2/00037.c7f0ce13d4cad8202f3d1a02b5cc5a1d.txt": [
        ("PERSON", "REGINA ROSSMAN"),
        ("ADDRESS", "#263 SANDTON CITY\nJOHANNESBURG,SOUTH AFRICA"),
        ("EMAIL", "joel_rose1@mail.com"),
        ("PERSON", "regina Rossman"),
        ("PERSON", "Joseph Rossman"),
        ("PERSON", "Johnny Paul Koromah"),
        ("PERSON", "JOEL R. ROSSMAN"),
        # "ATTN:ALHAJI": an honorific, not a name
    ],
    "spam-2/00052.44ec0206d8bc46f371f73d15709fdeea.txt": [],
    "spam-2/00058.00878d47d9a07c1c6f9c5a8593db7f55.txt": [
        ("PHONE", "1-800-401-4948"),
        ("PERSON", "Angie Taylor"),
        ("EMAIL", "angie_pepi@runbox.com"),
    ],
}
