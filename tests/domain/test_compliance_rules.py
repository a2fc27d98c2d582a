"""Table-driven tests of each compliance rule: hits with their exact excerpts, and near misses."""

from __future__ import annotations

import json

import pytest

from feedback.domain.compliance import RULE_IDS, Checker, Kind, Severity, check
from feedback.domain.compliance.rules import builtin_rules_text, parse_rules

RR, PR, BM = Kind.REVIEW_REQUEST, Kind.PUBLIC_REPLY, Kind.BUYER_MESSAGE
# Amazon's own neutral note that seller feedback can be updated (help 202126280).
NOTICE = (
    "If you are satisfied that we have resolved your concerns, it is possible to update or remove "
    "the feedback you originally provided."
)

# (rule, kind, text, excerpt the editor must highlight)
HITS = [
    # Insults and swearing new writers used that the word lists lacked (session 14), in our own words.
    ("profanity", BM, "Got your message, jackass, the parcel left today.", "jackass"),
    ("profanity", PR, "Anyone with half a brain reads the size chart first.", "half a brain"),
    ("profanity", PR, "Your review is garbage, the lamp works fine.", "review is garbage"),
    ("profanity", BM, "Ya le contesté, güey, el envío sale el martes.", "güey"),
    ("profanity", PR, "No seas menso, el cable va en la otra entrada.", "menso"),
    ("profanity", PR, "Qué desmadre armó la paquetería con su envío.", "desmadre"),
    ("profanity", PR, "Ni madres, el frasco iba bien cerrado.", "Ni madres"),
    ("profanity", PR, "Hostie, encore une étoile pour une boîte froissée.", "Hostie"),
    ("profanity", PR, "Vous l'avez branché comme un con, voilà tout.", "comme un con"),
    ("profanity", BM, "Foutez-moi la paix avec ce remboursement.", "Foutez-moi la paix"),
    # "We know where you live" and "you'll regret it" the way new Spanish and French writers put it.
    (
        "threat",
        PR,
        "Ya sabemos en qué barrio vive, señora.",
        "sabemos en qué barrio vive",
    ),
    ("threat", BM, "Siga así y se va a acordar de nosotros.", "se va a acordar de nosotros"),
    ("threat", PR, "Vous allez regretter ce commentaire, croyez-moi.", "Vous allez regretter"),
    ("threat", PR, "N'oubliez pas qu'on a l'adresse de tout le monde.", "on a l'adresse de tout le monde"),
    (
        "threat",
        BM,
        "Nous passerons vous voir en personne pour parler de cet avis.",
        "Nous passerons vous voir en personne",
    ),
    # What the session-14 near misses' exceptions must still leave blocking (their "unless", a condition).
    (
        "review_change",
        BM,
        "No podemos editar su reseña, pero le agradecería que la cambie a cinco estrellas.",
        "editar su reseña, pero le agradecería que la cambie a cinco estrellas",
    ),
    (
        "review_change",
        BM,
        "You asked whether you could edit your review: yes, and please make it five stars.",
        "edit your review",
    ),
    ("review_change", BM, "No podemos quitar el cargo si no elimina su reseña.", "elimina su reseña"),
    (
        "review_change",
        BM,
        "You asked whether we could refund you: yes, once you delete your review.",
        "delete your review",
    ),
    (
        "positive_bias",
        PR,
        "Gracias por tan bonita reseña, ¿podría publicar otra igual en nuestra tienda?",
        "bonita reseña",
    ),
    (
        "contact_info",
        BM,
        "Pásese por el taller, en la calle Feria, 27, y se lo ajustamos.",
        "calle Feria, 27",
    ),
    ("contact_info", BM, "Si lo prefiere, llámeme al móvil: 655 21 48 70.", "655 21 48 70"),
    (
        "contact_info",
        PR,
        "Madame Odile Perrin, de Colmar, votre colis a bien été livré.",
        "Madame Odile Perrin, de Colmar",
    ),
    (
        "contact_info",
        BM,
        "Pour le retour, envoyez-nous une copie de votre carte d'identité.",
        "envoyez-nous une copie de votre carte d'identité",
    ),
    ("contact_info", BM, "Our shop is at 410 N. Main St if you want to drop by.", "410 N. Main St"),
    ("contact_info", BM, "Para el cambio, llame al 6230-4481 y pregunte por Luis.", "llame al 6230-4481"),
    (
        "contact_info",
        BM,
        "Come and see us at 9 Orchard Grove, Kilkenny, any weekday.",
        "9 Orchard Grove, Kilkenny",
    ),
    (
        "contact_info",
        BM,
        "Estamos en el edificio Los Robles, oficina 3, por si quiere pasar.",
        "edificio Los Robles, oficina 3",
    ),
    ("contact_info", BM, "Para la garantía, mándenos una foto de su DNI.", "mándenos una foto de su DNI"),
    (
        "contact_info",
        BM,
        "Au 318, rang Sainte-Anne, la boutique est ouverte le samedi.",
        "318, rang Sainte-Anne",
    ),
    (
        "review_change",
        PR,
        "We're not asking you to change your review, but an update would mean a lot.",
        "change your review",
    ),
    (
        "review_change",
        PR,
        "No le pedimos que cambie su reseña, pero si quiere subirle las estrellas se lo agradecemos.",
        "cambie su reseña",
    ),
    ("incentive", RR, "Leave a review and get 20% off your next order.", "review and get 20% off"),
    (
        "incentive",
        RR,
        "We'll send a $10 gift card to everyone who reviews the kettle.",
        "send a $10 gift card to everyone who reviews",
    ),
    ("incentive", RR, "Post a review for a chance to win a tablet.", "review for a chance to win a"),
    (
        "incentive",
        BM,
        "We'll refund you in full if you remove your review.",
        "refund you in full if you remove your review",
    ),
    (
        "incentive",
        RR,
        "We'd love to send you a free sample in return for an honest review.",
        "free sample in return for an honest review",
    ),
    ("positive_bias", RR, "Please leave us a 5-star review.", "5-star"),
    ("positive_bias", RR, "A glowing review would really help us.", "glowing review"),
    ("positive_bias", BM, "Please update your feedback to positive.", "feedback to positive"),
    (
        "review_gating",
        RR,
        "If you're happy with the lamp, please leave a review.",
        "If you're happy with the lamp, please leave a review",
    ),
    ("review_gating", RR, "Please contact us before leaving a review.", "contact us before leaving a review"),
    (
        "review_gating",
        RR,
        "Satisfied with the kettle? Then we'd love a review!",
        "Satisfied with the kettle?",
    ),
    ("review_gating", RR, "We only ask happy customers for reviews.", "only ask happy"),
    ("review_change", PR, "Please remove this review, we refunded you.", "Please remove this review"),
    ("review_change", BM, "Could you update your 1-star review now?", "update your 1-star review"),
    ("review_change", BM, "We saw your review. Could you delete it?", "Could you delete it"),
    ("contact_info", BM, "Email us at help@shop-example.com today.", "help@shop-example.com"),
    ("contact_info", BM, "Call (312) 555-0187 for help.", "(312) 555-0187"),
    ("contact_info", BM, "Ring +44 7700 900123 any time.", "+44 7700 900123"),
    ("contact_info", BM, "Send it to 42 Harbour Road, Bristol BS1 5TT please.", "42 Harbour Road, Bristol"),
    ("contact_info", BM, "Message me on WhatsApp.", "WhatsApp"),
    ("external_link", BM, "See https://example.com/manual.pdf.", "https://example.com/manual.pdf"),
    ("external_link", BM, "Our guide: bit.ly/3xYz, have a look.", "bit.ly/3xYz"),
    ("external_link", PR, "Visit www.example.co.uk/help for more.", "www.example.co.uk/help"),
    ("marketing", BM, "Use code SAVE20 at checkout.", "Use code SAVE20"),
    ("marketing", PR, "Follow us on Instagram for tips.", "Follow us on"),
    ("marketing", BM, "Sign up to our newsletter today.", "Sign up to our"),
    ("profanity", PR, "That is a crap review.", "crap"),
    ("profanity", BM, "What the hell happened?", "hell"),
    ("disrespectful", PR, "This is clearly user error.", "clearly user error"),
    ("disrespectful", PR, "If you had read the manual, you would know.", "If you had read"),
    ("disrespectful", BM, "Calm down, it's a phone case.", "Calm down"),
    ("threat", PR, "We will take legal action over this review.", "legal action"),
    ("threat", BM, "We'll report you to Amazon.", "report you"),
    ("threat", PR, "This defamatory review will cost you.", "defamatory"),
    ("discrimination", PR, "Women usually find this drill too heavy.", "Women usually"),
    ("discrimination", BM, "At your age this may be confusing.", "At your age"),
    ("disparagement", PR, "UPS are useless, sorry.", "UPS are useless"),
    ("disparagement", PR, "Other sellers sell cheap knock-offs.", "Other sellers sell cheap knock-offs"),
    ("unverified_claim", PR, "It is the best on the market.", "best on the market"),
    ("unverified_claim", BM, "These drops are FDA approved.", "FDA approved"),
    ("unverified_claim", PR, "Our serum is clinically proven.", "clinically proven"),
    (
        "disrespectful",
        PR,
        "Nobody else has had this problem, so the fault is clearly on your end.",
        "Nobody else has had this problem",
    ),
    ("disrespectful", BM, "You must have used it wrong.", "You must have used it wrong"),
    ("disrespectful", RR, "If you hated them, you're using the wrong tips, lol.", "lol"),
    ("disrespectful", BM, "Let us explain slowly: charge it first.", "explain slowly"),
    (
        "discrimination",
        BM,
        "As a wheelchair user you probably won't need the handle.",
        "As a wheelchair user you probably",
    ),
    (
        "discrimination",
        BM,
        "For older folks like yourself the app can be tricky.",
        "older folks like yourself the app can be tricky",
    ),
    (
        "discrimination",
        PR,
        "Customers from some countries like to leave unfair reviews.",
        "Customers from some countries like to",
    ),
    (
        "disparagement",
        BM,
        "The seller who sold you the first charger is a known scammer.",
        "seller who sold you the first charger is a known scammer",
    ),
    (
        "disparagement",
        PR,
        "Amazon's return system is a total mess.",
        "Amazon's return system is a total mess",
    ),
    ("threat", BM, "We have a legal team. Choose your next words carefully.", "We have a legal team"),
    ("threat", RR, "We keep a list of customers who don't respond.", "keep a list of customers who"),
    ("profanity", PR, "This is absolute bullsh*t.", "bullsh*t"),
    ("profanity", PR, "The post office are a bunch of clowns.", "bunch of clowns"),
    (
        "review_change",
        PR,
        "Could you edit out the part of your review about the smell?",
        "edit out the part of your review",
    ),
    ("emoji", BM, "Thanks! 😊 See you soon.", "😊"),
    ("emoji", PR, "Great 👍🏽 thanks", "👍🏽"),
    # "Puede cambiarla por otra talla" swaps a product (a near miss below); swapping the review for a
    # positive one asks for a review change.
    (
        "review_change",
        PR,
        "No podemos borrar su reseña, pero usted sí puede cambiarla por una positiva.",
        "reseña, pero usted sí puede cambiarla",
    ),
    (
        "review_change",
        PR,
        "Su opinión nos importa: puede cambiarla por una valoración positiva cuando quiera.",
        "opinión nos importa: puede cambiarla",
    ),
    # Saying a carrier had a delay is no disparagement (a near miss below), saying it always does is.
    (
        "disparagement",
        PR,
        "Colissimo a eu du retard, encore une fois.",
        "Colissimo a eu du retard, encore une fois.",
    ),
]

# (rule that must NOT block, kind, text): realistic wording that only looks like a violation.
NEAR_MISSES = [
    # Saying what a seller cannot do or does not give, answering a buyer's question about editing a review,
    # valuing critical reviews as much as glowing ones, thanking for a kind review (session 14, our words).
    ("review_change", BM, "Como vendedores no podemos editar ni borrar reseñas de clientes."),
    (
        "review_change",
        BM,
        "Vous nous demandez si vous pouvez modifier votre avis : oui, depuis votre compte.",
    ),
    (
        "review_change",
        BM,
        "You asked whether you can edit your review to add photos: yes, from the Your Orders page.",
    ),
    ("incentive", RR, "No damos regalos a cambio de reseñas; solo nos interesa su opinión sincera."),
    ("incentive", RR, "Nous ne donnons rien en échange d'un avis : dites simplement ce que vous en pensez."),
    ("positive_bias", RR, "Critical reviews are just as useful to us as glowing ones."),
    ("positive_bias", RR, "Un avis critique nous est aussi utile qu'un avis enthousiaste."),
    ("positive_bias", PR, "¡Gracias por tan linda reseña, nos alegra que le guste la taza!"),
    ("positive_bias", RR, "No buscamos una reseña positiva, sino una reseña útil para otros compradores."),
    # Usage advice and pointing a buyer to the police after a theft are not condescension or threats (the
    # model once read "please read" and "police" as such).
    (
        "disrespectful",
        BM,
        "Please read the quick-start guide before first use; the battery ships half charged.",
    ),
    (
        "disrespectful",
        BM,
        "Please read our assembly instructions before assembling, as two bolts look alike.",
    ),
    (
        "threat",
        BM,
        "If the package never arrives, you may report the theft to the police as well as to Amazon.",
    ),
    ("incentive", BM, "Free shipping was already applied to your order."),
    ("incentive", BM, "We'll replace it free of charge."),
    ("incentive", PR, "Thank you for your review. We've refunded the order in full."),
    ("incentive", BM, "Your review helped us find a packing fault, and we've sent a new set at no cost."),
    ("incentive", BM, "The gift card you paid with has been credited back."),
    ("positive_bias", RR, "Positive or negative, every review helps."),
    ("positive_bias", PR, "We're sorry your experience wasn't positive."),
    ("positive_bias", PR, "Thank you for the 5-star review!"),
    ("positive_bias", BM, "We're positive the new batch fixes it."),
    ("positive_bias", RR, "We welcome honest reviews, glowing or critical."),
    (
        "review_gating",
        RR,
        "If you have questions, reply to this message. If you have a moment, please leave a review.",
    ),
    ("review_gating", BM, "If you're not satisfied with the replacement, reply and we'll refund you."),
    ("review_gating", RR, "Whether you loved it or it fell short, please leave a review."),
    ("review_change", BM, "We've updated the listing so the size is right."),
    ("review_change", BM, "Delete the app, reinstall it and pair again."),
    ("review_change", PR, "Thanks for your review. We've changed the supplier."),
    ("contact_info", BM, "Your order 114-8723651-2290417 shipped today."),
    ("contact_info", BM, "The refund of $129.99 was sent on 04/11/2024."),
    ("contact_info", BM, "Please reply here rather than by email."),
    ("contact_info", BM, "Allow 3-5 days; the box is 30 x 20 cm."),
    ("external_link", BM, "The 3.5mm jack is on the left, e.g. by the switch."),
    ("external_link", BM, "Hello Mr. Patel, firmware v2.1.4 is out."),
    ("external_link", BM, "Amazon.com support has sent the label."),
    ("marketing", BM, "The discount at checkout was applied automatically."),
    ("marketing", BM, "Please follow the steps in the manual."),
    ("marketing", BM, "The coupon didn't apply, so we refunded the difference."),
    ("profanity", BM, "Hello! The shell is recycled plastic."),
    ("profanity", BM, "The screws are in the small bag."),
    ("profanity", BM, "Let us assess the damage in Scunthorpe."),
    ("disrespectful", PR, "You're right that the instructions were unclear."),
    ("disrespectful", BM, "No problem at all, happy to help."),
    ("disrespectful", BM, "Please read the safety card before first use."),
    ("threat", BM, "We've reported the damaged parcel to the carrier."),
    ("threat", BM, "We'll take action to improve our packaging."),
    ("threat", PR, "Thank you for the courtesy of letting us fix this."),
    ("discrimination", BM, "The sizes follow the US women's size chart."),
    ("discrimination", BM, "It is suitable for children aged 8 and over."),
    ("disparagement", BM, "We've opened an investigation with DHL."),
    ("disparagement", PR, "The carrier had a regional delay that week."),
    ("unverified_claim", BM, "The sheets are 100% cotton."),
    ("unverified_claim", BM, "We'll do our best; our best guess is a blown fuse."),
    ("unverified_claim", BM, "We'll issue a 100% refund."),
    ("disrespectful", PR, "It's not your fault at all; the batch had a faulty seal."),
    ("disrespectful", BM, "It sounds like the filter may be in upside down. Could you check the arrow?"),
    ("disrespectful", BM, "Haha, we love that your cat has claimed the box!"),
    ("discrimination", RR, "We hope the big-button phone designed for seniors is working well."),
    ("discrimination", BM, "Older customers often ask us for the large-print manual, so we've included one."),
    ("discrimination", BM, "Customers in some countries may pay import duty on delivery."),
    ("discrimination", RR, "Hi Ahmed, the prayer rug you ordered shows as delivered."),
    ("disparagement", BM, "The carrier shows it at the local depot and expects delivery tomorrow."),
    ("disparagement", BM, "If you receive a counterfeit item, please report it to Amazon."),
    (
        "threat",
        PR,
        "Thank you for the feedback. Our quality team will take further steps to check the batch.",
    ),
    ("threat", BM, "If the parcel was stolen, you can report it to the police and to Amazon."),
    ("profanity", BM, "We screwed the legs on tightly before shipping."),
    ("review_change", BM, "Please update the app and then check the settings page again."),
    ("emoji", BM, "Note: we dispatch at 3:30pm (see the label)."),
    ("marketing", RR, "Questions first? Text our support line on 0800 555 0100."),
    ("marketing", BM, "Your photos helped us find a sealing fault on our line."),
    ("marketing", BM, "Questions? Call our helpdesk line, Monday to Friday."),
    ("marketing", PR, "You can also find us on WhatsApp for quicker help."),
    ("disrespectful", BM, "A new one ships today; there's nothing else you need to do on your end."),
    ("review_change", PR, "The box left us intact, so please take this up with the carrier."),
    ("review_gating", PR, "Thanks! If you enjoyed it, our grinder is on sale with code BEAN10."),
    ("incentive", BM, "I've reviewed your case and arranged a full refund."),
    ("unverified_claim", BM, "We can't honestly say any cream is 100% safe for every skin type."),
    ("disparagement", BM, "FedEx can't deliver parcels on Sunday, so it will come on Monday."),
    ("positive_bias", PR, "Thank you, Sam, you left us a 5-star review and made our day."),
    ("disrespectful", RR, "A review saying which parts you actually used would help other buyers."),
    ("review_gating", RR, "If you feel like writing a review, we welcome every opinion."),
    ("review_gating", PR, "Thanks! If you liked the mug, you'll love our new teapot."),
    ("review_gating", PR, "We'd ask you to think carefully before leaving comments like that."),
    ("disrespectful", BM, "If you consider the matter resolved, you can update your feedback."),
    ("marketing", BM, "Thanks for the feedback you left on our storefront."),
    ("marketing", RR, "Every review, good or bad, helps us improve our range."),
    (
        "incentive",
        PR,
        "The refund for the wrong-size boots was issued today, and we've reviewed our packing process.",
    ),
    ("incentive", RR, "We'd welcome a review, whether it's complimentary or critical."),
    ("incentive", RR, "A review would help other gift shoppers decide."),
    ("positive_bias", PR, "We appreciate the positive feedback and the photos."),
    ("profanity", BM, "Désolés pour le retard de livraison."),
    ("profanity", PR, "Votre avis sur le service, retard compris, nous aide à progresser."),
    ("discrimination", BM, "Retard dû à la neige sur la région : le colis arrive jeudi."),
    ("profanity", PR, "Toutes nos excuses : retard important sur les commandes de lundi."),
    ("review_change", BM, "We can't ask you to change your review, and we won't."),
    ("review_change", PR, "We're not asking you to change your review; we only want the hinge fixed."),
    (
        "review_change",
        BM,
        "No le pedimos que modifique su reseña; solo queremos saber si la tapa nueva encaja.",
    ),
    (
        "review_change",
        BM,
        "Nous n'avons aucun moyen de modifier ou de supprimer un avis : seul son auteur le peut.",
    ),
    (
        "review_change",
        PR,
        "Nous ne vous demandons pas de modifier votre avis ; la pièce de rechange part demain.",
    ),
    ("contact_info", BM, "The gate is tested to EN 14988 and BS 8509."),
    ("contact_info", BM, "Puede recogerlo en Correos con el aviso y su DNI."),
    ("contact_info", BM, "Amazon never shares your card number with sellers, so we cannot see it."),
    ("contact_info", BM, "La talla 38 equivale a 24,5 cm; la 39, a 25 cm."),
    ("contact_info", BM, "Su pedido va en camino y llega el lunes, 3 de marzo."),
    ("contact_info", PR, "Monsieur Dupont de la boutique voisine n'a rien à voir avec nous."),
    ("contact_info", BM, "Plaza de entrega: 3 días laborables desde el envío."),
    ("contact_info", BM, "The Grand Canyon Park, Arizona edition of the map ships Monday."),
    ("contact_info", BM, "Please bring your ID card when you collect the parcel from the depot."),
    ("marketing", PR, "The fitting video is at youtube.com/@oakandpine if that helps."),
    ("positive_bias", RR, "We read every review, from the five-star ones to the one-star ones."),
    ("marketing", RR, "Thank you for buying from our storefront; a review is welcome whenever you like."),
    ("marketing", RR, "The teapot only went on sale last month, so reviews are few so far."),
    ("marketing", PR, "We've moved our collection time earlier so parcels leave the same day."),
    ("disrespectful", PR, "We're sorry the rug wasn't what you expected from the photos."),
    ("disrespectful", BM, "We're glad your problem is now solved with the new charger."),
    ("positive_bias", PR, "Five stars from a first-time camper means a lot to us, thank you!"),
    ("incentive", BM, "The refund is complete on our side. " + NOTICE),
    ("incentive", BM, "The refund should show on your card in a few days. " + NOTICE),
    ("incentive", BM, "Your refund for the missing part has been completed. " + NOTICE),
    ("incentive", PR, "A replacement went out at no charge, and we're reviewing how we pack liquids."),
    ("review_change", BM, "We can't edit or remove reviews from our side, and we'd never ask you to."),
    (
        "incentive",
        RR,
        "We don't offer freebies or discounts for reviews; we'd just value your honest view.",
    ),
    ("disrespectful", RR, "Tell us in your feedback how it went on your end."),
    ("positive_bias", RR, "An honest one-star review teaches us as much as a five-star one."),
    ("positive_bias", PR, "What a lovely review to start the week with, thank you!"),
    ("incentive", BM, "I'm glad we could sort out the refund. " + NOTICE),
    # session 8 (sets c75-c80)
    ("positive_bias", RR, "Please tell other buyers what you liked and what you didn't."),
    ("positive_bias", PR, "Merci beaucoup pour vos cinq étoiles !"),
    ("marketing", RR, "Every scarf is dyed here in our studio, so tell us how the colour held up."),
    ("incentive", RR, "Would you share a review? It helps other firms choosing corporate gifts."),
    ("incentive", BM, "Your refund for the broken lid has now been processed. " + NOTICE),
    ("review_change", BM, "If the shelf wobbles, take it down and tighten the screws."),
    ("profanity", PR, "The UK version has a BS 1363 plug."),
    ("review_gating", PR, "You didn't contact us before posting, which is fine; we're here if you need us."),
    ("discrimination", PR, "Older zips sometimes need a little wax; we should have done that for you."),
    ("disparagement", BM, "Our new formula beats every other version we've made."),
    # sets c85-c88
    ("disparagement", PR, "We've sent the invoice through Amazon's Buyer-Seller Messaging."),
    ("threat", PR, "Sorry about the late dispatch; we have fixed this for future orders."),
    ("incentive", RR, "A review would help other folks who are shopping for a gift."),
    ("disrespectful", PR, "We're sorry the capacity was different from what you expected."),
    ("disrespectful", PR, "Thanks for flagging it: the listing now states the set has four cubes."),
    # Bare, "The gift note reads exactly as you wrote it." is read as blame by the session-13 model (0.68):
    # writers of the new sets label "done exactly as you typed it" so. Answering a question, it is plain.
    (
        "disrespectful",
        BM,
        "Yes, the gift note reads exactly as you wrote it, and the parcel goes out tomorrow.",
    ),
    ("contact_info", BM, "Please reply with your order number and we'll check the warranty."),
    ("discrimination", BM, "Honey, we're so sorry, a new one is on its way!"),
    # sets c91-c93
    ("positive_bias", PR, "We appreciate the five stars and the kind words about our packing!"),
    ("positive_bias", BM, "Thanks for the tip; we'll make sure to mention that to the factory."),
    ("marketing", PR, "Thanks for the photos; they help other pond keepers see real results."),
    ("review_gating", RR, "If you've had a chance to fit the belt, would you mind leaving a review?"),
    ("disparagement", PR, "Unlike last year, we now ship every order with tracking."),
    ("disrespectful", BM, "So frustrating when you're trying to get the cot ready before the baby comes!"),
    # sets c94-c96
    ("marketing", PR, "That saddle was built by hand in our shop; glad it's holding up."),
    ("marketing", BM, "There's no discount code on this listing at the moment, sorry."),
    ("marketing", PR, "This video shows the fitting step by step: youtube.com/watch?v=fit123"),
    ("incentive", BM, "We'll send a replacement at no cost, regardless of your review."),
    ("positive_bias", PR, "Appreciate the five stars and the kind words, Hector."),
    ("disparagement", PR, "Good to hear the case survived the airline trip."),
    ("disrespectful", BM, "Free shipping was already applied. Nothing else to do on your end."),
    # sets c97-c99
    (
        "incentive",
        PR,
        "Reviews don't show orders, so message us and we'll see why the refund hasn't shown up.",
    ),
    ("marketing", BM, "In the app, enter the code printed inside the box lid."),
    ("disrespectful", RR, "Free shipping was applied, so there's nothing more to settle up on your end."),
    ("disrespectful", BM, "As we mentioned, the shipping cost has been refunded to your card."),
    ("positive_bias", RR, "A review that mentions how your skin handled it would help other shoppers."),
    # French and Spanish
    ("incentive", BM, "La livraison gratuite a été appliquée à votre commande."),
    ("incentive", PR, "Merci pour votre avis. Un remplacement gratuit vous a été envoyé."),
    ("incentive", BM, "El envío gratis ya se aplicó a su pedido."),
    ("incentive", BM, "Vimos su reseña y ya procesamos su reembolso completo."),
    ("positive_bias", RR, "Votre avis, positif ou négatif, nous aide à progresser."),
    ("positive_bias", PR, "Merci pour vos cinq étoiles, toute l'équipe est ravie !"),
    ("positive_bias", PR, "Gracias por sus cinco estrellas, nos alegra mucho."),
    ("positive_bias", RR, "Su opinión, buena o mala, nos ayuda a mejorar."),
    ("review_gating", BM, "Si vous avez un problème avec le produit, écrivez-nous via la messagerie Amazon."),
    ("review_change", BM, "Si cambia de opinión, puede devolver el producto sin problema."),
    (
        "review_change",
        PR,
        "Merci pour votre avis. Nous avons modifié la fiche produit pour préciser la taille.",
    ),
    ("contact_info", BM, "Votre commande 402-7731942-5518303 a été expédiée."),
    ("marketing", BM, "Profitez-en bien et bonne soirée !"),
    ("disrespectful", BM, "Permettez-moi une petite correction : ce modèle se lave à 30 °C."),
    ("threat", BM, "Por la alta demanda, los envíos tardan un poco más esta semana."),
    ("disparagement", BM, "Correos tuvo un retraso regional por la nieve."),
    ("unverified_claim", BM, "Ce problème ne se reproduira jamais, promis."),
    # sets c100-c102
    ("disrespectful", RR, "Kenyan coffees are bright; some people love that, some don't."),
    ("disrespectful", PR, "Natural wool can feel prickly to some people; we're sorry it wasn't comfortable."),
    ("disrespectful", BM, "The cap is back next week: shall we send it when it arrives, or refund you?"),
    ("marketing", PR, "Our track pieces are designed for our own range; we've added that to the listing."),
    ("marketing", PR, "If your machine prefers drier beans, a medium roast may suit it better."),
    ("threat", BM, "We have noted your request to opt out of further messages."),
    # French and Spanish, second round
    (
        "incentive",
        BM,
        "Nous vous envoyons un remplacement gratuit dès aujourd'hui, la livraison gratuite est incluse.",
    ),
    ("incentive", BM, "Le enviamos el reembolso del artículo defectuoso hoy mismo."),
    ("positive_bias", PR, "Merci pour vos cinq étoiles, cela nous fait très plaisir !"),
    ("positive_bias", PR, "¡Gracias por sus cinco estrellas!"),
    ("positive_bias", RR, "Positif ou négatif, votre avis nous aide à progresser."),
    (
        "disrespectful",
        PR,
        "Merci pour votre retour. Pour information, la flèche doit pointer vers le moteur.",
    ),
    ("threat", PR, "Nous allons prendre des mesures pour améliorer notre emballage."),
    ("marketing", BM, "L'envoi est gratuit et votre colis part demain."),
    ("disparagement", BM, "Correos ha tenido un retraso regional esta semana; su paquete llegará el lunes."),
    ("disparagement", BM, "Colissimo a eu du retard cette semaine ; votre colis arrivera lundi."),
    (
        "review_change",
        PR,
        "Gracias por su reseña; si la talla no le queda, puede cambiarla por una talla más.",
    ),
    ("review_change", PR, "Si no le convence, puede cambiarla por una talla mejor sin coste."),
    ("disparagement", PR, "DHL has had a short delay at the hub, so your order arrives on Monday."),
    ("contact_info", BM, "Votre commande 405-1234567-1234567 est bien partie."),
    ("external_link", RR, "Gracias por su pedido en Amazon.com.mx; nos ayudaría conocer su opinión."),
]


# Helpful wordings that the narrower rule patterns must leave alone. Checked with the rules alone: they
# pin the patterns; the learned model's own judgement of such sentences is measured on the blind sets.
RULE_NEAR_MISSES = [
    # Beside the session-14 insults: a product, a grandparent, "comme un conseil", "comme un connaisseur".
    ("profanity", BM, "The garbage disposal adapter fits most kitchen sinks."),
    ("profanity", PR, "Mi tata usa la misma cafetera desde hace años."),
    ("profanity", BM, "Comme un conseil d'ami : serrez la vis à la main."),
    ("profanity", PR, "Vous l'avez monté comme un connaisseur, bravo."),
    ("threat", BM, "Vous n'allez pas regretter ce choix de taille."),
    ("threat", BM, "Como sabemos que vive en Valencia, le enviamos el pedido desde Sagunto."),
    ("threat", BM, "Un technicien passera vous voir pour installer le poêle."),
    ("disrespectful", PR, "Glad we could clear that up, enjoy the lamp!"),
    ("disrespectful", BM, "We've only been doing this for two years, so your tips help."),
    ("disrespectful", PR, "That's a new one on us! We'll check with the factory."),
    ("disrespectful", BM, "Your snowflake ornaments shipped today."),
    ("disrespectful", BM, "If you can manage to send a photo, that would help."),
    ("disrespectful", BM, "The seal was loose (it didn't leak, luckily)."),
    ("disrespectful", BM, "The courier has no idea how the box got wet."),
    ("disrespectful", BM, "Your engraving will read exactly as you typed it."),
    ("disrespectful", BM, "Oh, that makes perfect sense, thanks for explaining!"),
    ("disrespectful", BM, "Assuming you've now received the replacement, the old one can be recycled."),
    ("disrespectful", BM, "We can't control when you'll receive it once it's with customs."),
    ("disrespectful", BM, "If you installed it the wrong way round, here's how to fix it."),
    ("disrespectful", BM, "The Pro model may be too advanced for your needs."),
    ("review_change", BM, "Come back and update us on how the first brew goes!"),
    (
        "review_change",
        PR,
        "Thanks for your review! If it's tight, think about changing your order to the large.",
    ),
    ("review_change", BM, "We'll post a positive update on the tracking tomorrow."),
    (
        "review_change",
        PR,
        "Thanks for the review; if the new one doesn't change your mind about the size, return it.",
    ),
    ("positive_bias", BM, "Thanks for the review. Could you mention the order number when you message us?"),
    ("positive_bias", PR, "You said something kind in your review, thank you."),
    ("disparagement", BM, "The courier was slow this week because of the snow."),
    ("disparagement", PR, "Our boots are never made in sweatshops."),
    ("disparagement", PR, "Unlike polyester, our merino breathes."),
    ("threat", BM, "The driver may come after you've left for work."),
    ("profanity", PR, "Like all wool, the yarn balls up a little after washing."),
    ("marketing", BM, "Did you want the matching pillowcase? It was missing from your order."),
    ("marketing", PR, "There are more photos in our listing."),
    ("marketing", BM, "For more help, please visit the Help section."),
    ("marketing", BM, "P.S. Our new returns address is on the label."),
    ("marketing", BM, "Our medium might suit you better if you're between sizes."),
    ("contact_info", BM, "Please check your address at checkout."),
    ("unverified_claim", PR, "It's the softest in the range, and we're sorry it pilled."),
    ("discrimination", BM, "If it's a gift, ask your wife which colour she prefers."),
    # session 9 (sets c105-c112): English, French and Spanish sentences beside the new patterns
    ("contact_info", BM, "Each coaster is 10 cm square and 5 mm thick."),
    ("threat", BM, "Thanks, we've got your address right now, so the replacement goes out today."),
    ("unverified_claim", BM, "The easiest way to reach us is the Contact seller button on your order."),
    ("review_change", BM, "We need the order number before we can look into the review you mentioned."),
    ("threat", PR, "Merci pour votre avis, même court, il nous aide beaucoup."),
    ("positive_bias", RR, "Vous pouvez attribuer entre une et cinq étoiles, selon votre expérience réelle."),
    ("review_gating", RR, "Uniquement si vous en avez envie, vous pouvez laisser un avis sur la lampe."),
    (
        "review_change",
        BM,
        "Vous pouvez modifier votre avis vous-même depuis votre compte Amazon, c'est comme vous voulez.",
    ),
    ("marketing", BM, "Bonne nouvelle : votre colis vient d'arriver au point relais."),
    ("disparagement", BM, "Votre colis est chez Colissimo et devrait arriver demain comme prévu."),
    ("unverified_claim", BM, "Ce modèle est le plus léger de notre gamme, il pèse 300 g."),
    ("discrimination", PR, "Les seniors apprécient souvent notre notice en gros caractères."),
    ("disrespectful", PR, "Comme indiqué dans la fiche, la housse est lavable à 30 °C."),
    (
        "incentive",
        BM,
        "Merci pour votre avis ! L'échantillon manquant de votre commande initiale vous sera envoyé demain.",
    ),
    ("threat", BM, "Nous avons signalé le problème de votre colis au transporteur."),
    ("review_gating", BM, "Contactez-nous avant de renvoyer l'article pour obtenir l'étiquette de retour."),
    ("threat", PR, "Tomaremos medidas para mejorar el embalaje de las piezas frágiles."),
    ("disrespectful", BM, "No se preocupe, no es culpa suya: la etiqueta estaba mal impresa."),
    ("disrespectful", BM, "Ya le respondimos por correo con el número de seguimiento, por si no le llegó."),
    ("positive_bias", RR, "Si le apetece, deje su opinión; ya sea de 1 o de 5 estrellas, nos sirve igual."),
    ("unverified_claim", BM, "Es la opción más económica que tenemos en este momento en la tienda."),
    (
        "review_gating",
        RR,
        "Nos encantaría leer su reseña. Si tiene cualquier duda con el montaje, escríbanos cuando quiera.",
    ),
    ("incentive", BM, "Como agradecimiento por su paciencia, el cambio de talla corre de nuestra cuenta."),
    ("review_change", BM, "La caja venía abollada; si quiere, cámbiela por otra en la oficina de correos."),
    ("disparagement", BM, "Correos tuvo un retraso regional esta semana; el paquete ya está en reparto."),
    ("discrimination", BM, "Muchas clientas mayores nos piden el manual en letra grande, se lo adjuntamos."),
    (
        "marketing",
        BM,
        "La pieza de repuesto está en nuestra tienda de Amazon, en la misma ficha del producto.",
    ),
    # session 9, second round (sets c113-c118)
    ("disrespectful", BM, "Once you're happy, feedback can be updated or removed on your end."),
    ("disrespectful", BM, "Hope all is well on your end."),
    ("disrespectful", BM, "Start the return and select the reason 'damaged in transit' so postage is free."),
    ("marketing", RR, "Every candle is poured by hand in our shop, so we'd value your honest review."),
    ("disrespectful", PR, "We don't disagree: the strap should have been longer, and we've changed it."),
    ("disrespectful", BM, "You should have received a confirmation email this morning."),
    ("disparagement", BM, "The scenic route map is printed inside the lid of the jigsaw box."),
    ("review_gating", RR, "Que la théière vous ait plu ou pas, votre avis nous intéresse."),
    (
        "review_gating",
        RR,
        "Votre avis compte pour nous. En cas de question sur le montage, notre service client reste "
        "disponible.",
    ),
    ("positive_bias", RR, "Positif ou négatif, votre commentaire aidera les futurs acheteurs."),
    ("review_change", BM, "Nous vous relançons au sujet de votre colis, toujours bloqué en point relais."),
    ("incentive", BM, "Comme promis, votre colis de remplacement part aujourd'hui."),
    (
        "incentive",
        RR,
        "Vous pouvez laisser un avis sur le produit. Pour vous remercier de votre fidélité, la livraison "
        "reste offerte.",
    ),
    ("disparagement", BM, "Votre colis a été remis à Colissimo ce matin, il devrait arriver jeudi."),
    (
        "discrimination",
        BM,
        "Ce puzzle est conçu pour les enfants ; à cet âge-là, les grosses pièces sont plus faciles à "
        "manipuler.",
    ),
    (
        "disrespectful",
        PR,
        "Nous vous invitons à consulter la notice en ligne, la page 4 détaille le montage.",
    ),
    (
        "disrespectful",
        PR,
        "Le colis était pourtant bien emballé, nous sommes désolés qu'il soit arrivé abîmé.",
    ),
    ("unverified_claim", BM, "Le plaid est en coton à 100 %, lavable à 30 degrés."),
    ("marketing", BM, "Votre remboursement a été effectué à 100 % sur votre moyen de paiement."),
    ("threat", BM, "Nous ne laisserons pas passer ce retard sans réclamer auprès du transporteur pour vous."),
    ("positive_bias", PR, "Muchas gracias por sus bonitas palabras sobre el termo, nos alegra que le sirva."),
    (
        "review_gating",
        RR,
        "Nos interesa tu opinión sincera sobre la mochila, tanto si te convenció como si no.",
    ),
    ("contact_info", BM, "Su número de seguimiento es 3312 4455 6677 8 y el paquete llega el viernes."),
    ("disrespectful", BM, "Le hemos devuelto el importe completo, como le dijimos ayer."),
    ("unverified_claim", PR, "Somos los únicos responsables del retraso, y le pedimos disculpas."),
    ("marketing", BM, "Le recomendamos nuestra guía de tallas antes de pedir el cambio."),
    ("discrimination", BM, "Muchas mamás nos preguntan por la talla del portabebé; la M sirve hasta 15 kg."),
    ("positive_bias", BM, "Le cambiamos el termo por otro mejor, sin coste."),
    ("disparagement", BM, "Starken tuvo un retraso regional esta semana; su paquete llega el lunes."),
    ("review_change", BM, "Le subimos la nota de crédito a su cuenta hoy mismo."),
    ("disrespectful", PR, "Qué sorpresa tan bonita recibir su mensaje, ¡gracias!"),
    (
        "threat",
        BM,
        "Tenemos pruebas de entrega del paquete; si no lo encuentra, abrimos una investigación con el "
        "transportista.",
    ),
    # session 10 (English, sets c123-c125): helpful sentences beside the new patterns
    (
        "review_change",
        BM,
        "We can't edit or delete reviews, but our team can answer any question you have about the order.",
    ),
    (
        "positive_bias",
        PR,
        "We really appreciate the lovely feedback, and we're glad the blanket keeps you warm.",
    ),
    (
        "unverified_claim",
        PR,
        "Our cases are tough, but nothing is indestructible, so please send us a photo of the crack.",
    ),
    (
        "incentive",
        RR,
        "If you're still choosing a gift for a friend, our gift guide is in the listing; "
        "we'd welcome an honest review of your order.",
    ),
    ("threat", BM, "Your legal rights as a buyer are not affected by our returns policy."),
    ("disrespectful", PR, "We're sure you'll enjoy it even more once the replacement cushion arrives."),
    (
        "disrespectful",
        BM,
        "It's a shame the lid was stiff; we've sent a new one and a short video that shows how it twists.",
    ),
    ("discrimination", BM, "The frame is heavy, so it's easier with two people lifting it."),
    # session 10 (French, sets c119, c121, c126): helpful sentences beside the new patterns
    ("threat", RR, "Un court avis sur la taille de la veste aiderait les prochains acheteurs."),
    (
        "review_gating",
        RR,
        "Que le grille-pain vous ait plu ou déçu, un avis sincère nous aide à nous améliorer.",
    ),
    (
        "disrespectful",
        PR,
        "Vous avez raison, ce n'est pas de votre faute : l'étiquette était mal placée, nous la corrigeons.",
    ),
    ("marketing", BM, "Pour l'entretien, pensez à notre guide en ligne sur la page du produit."),
    (
        "positive_bias",
        PR,
        "Merci pour une belle note comme celle-ci, toute l'équipe est ravie que le plaid vous plaise.",
    ),
    ("disparagement", BM, "Le transporteur a signalé un retard régional, votre colis devrait arriver jeudi."),
    ("discrimination", PR, "Ce modèle est conçu pour les personnes âgées, avec de grosses touches lisibles."),
    (
        "review_change",
        BM,
        "Votre avis nous aide à améliorer la notice, merci de l'avoir pris le temps de l'écrire.",
    ),
    # session 10 (Spanish, sets c120, c122): helpful sentences beside the new patterns
    ("disrespectful", BM, "Le explicamos paso a paso cómo montar la lámpara en las instrucciones adjuntas."),
    ("disparagement", PR, "El paquete lo lleva Correos y suele tardar de dos a tres días laborables."),
    (
        "unverified_claim",
        PR,
        "Esperamos que esta vez la pieza nunca se rompa; le enviamos una nueva hoy mismo.",
    ),
    ("positive_bias", RR, "Nos interesa su opinión, sea positiva o negativa, sobre la lámpara."),
    ("review_change", PR, "Gracias por su reseña; hemos añadido una nota a la descripción del producto."),
    ("threat", BM, "Tiene 30 días para devolver el artículo si no le convence."),
    ("marketing", BM, "Puede consultar el estado del envío en la lista de pedidos de su cuenta."),
    ("disrespectful", PR, "Entendemos que un retraso de dos días es molesto y lo sentimos."),
    # session 10, second round (English, sets c131, c136): helpful sentences near the new patterns
    (
        "disrespectful",
        PR,
        "The rattle you mention sounds like a loose fan screw; we're sending a replacement.",
    ),
    ("disrespectful", PR, "Sorry the blender was louder than you expected; the low setting is much quieter."),
    ("discrimination", PR, "Our customers of all backgrounds love the spice blend."),
    ("disparagement", PR, "Unlike last winter, we now ship every heater with a spare fuse."),
    ("review_change", BM, "You may want to take the cover off before washing it."),
    ("incentive", BM, "We've refunded $15 to the card you paid with."),
    (
        "incentive",
        BM,
        "Thanks for your rating. We've sent a coupon as a thank-you for your patience with the delay.",
    ),
    ("profanity", PR, "Sorry the screws were missing from the bag; a new set is on the way."),
    ("external_link", RR, "We'd appreciate an honest review on Amazon.ca when you have a moment."),
    ("contact_info", PR, "Start with the 5 lb weight and work your way up."),
    # session 10, second round (French, c127, c128, c132, c133): helpful sentences near new patterns
    ("threat", PR, "La batterie tient un peu moins longtemps en hiver, le délai de recharge reste court."),
    ("threat", BM, "Pas de risque de court-circuit si vous suivez le schéma de branchement."),
    (
        "incentive",
        BM,
        "Votre remboursement a été effectué hier ; merci encore pour votre patience et pour votre avis.",
    ),
    ("disrespectful", BM, "Il faut lire la notice avant la première charge, elle explique les réglages."),
    ("discrimination", RR, "Le guide est simple à suivre, même pour un débutant ; votre avis nous aidera."),
    ("disparagement", BM, "Colissimo nous signale un retard régional, votre colis arrivera demain."),
    ("unverified_claim", PR, "Ce chargeur est compatible avec la plupart des téléphones récents en USB-C."),
    (
        "review_change",
        BM,
        "Merci pour votre avis, nous avons ajouté une photo à la fiche pour plus de clarté.",
    ),
    # session 10, second round (Spanish, c129, c130, c134, c135): helpful sentences near new patterns
    ("review_change", BM, "Si no la retira de la oficina de correos en cinco días, la devuelven al almacén."),
    ("disrespectful", BM, "No es tan difícil como parece: primero se encaja la base y luego la tapa."),
    ("discrimination", BM, "Es un juguete para chicos de 6 a 10 años, con piezas grandes."),
    ("unverified_claim", PR, "Gracias, nos hace la tienda más feliz del mundo leer algo así."),
    ("marketing", BM, "Puede ver la ficha del producto para comprobar las medidas antes de pedir."),
    ("incentive", BM, "Le hacemos el reembolso en cuanto recibamos la devolución del producto."),
    ("review_gating", RR, "Sea cual sea su experiencia, nos ayudaría mucho que dejara una reseña honesta."),
    ("threat", PR, "Tomaremos nota para mejorar el embalaje en los próximos envíos."),
    # session 10, third round (English, sets c141): helpful sentences beside the new patterns
    (
        "disparagement",
        BM,
        "An Post had an absolute deluge of parcels this week, so deliveries are running a day behind.",
    ),
    ("discrimination", PR, "The blue and the pink both sell well, so pick whichever you prefer."),
    ("marketing", BM, "The missing part will go out tomorrow to complete the set you ordered."),
    ("positive_bias", RR, "Whatever you think of the lamp, an honest review helps other buyers decide."),
    ("review_gating", BM, "If so, let us know the order number and we will sort the refund."),
    ("threat", BM, "We can cancel any future orders from you if you would like us to; just say the word."),
    ("contact_info", PR, "The model D12 is our best seller and the A65 lid fits it too."),
    ("disrespectful", PR, "We'll take that as a compliment, thank you for the lovely words!"),
    # session 10, third round (French, sets c137, c138): helpful sentences beside the new patterns
    ("threat", RR, "Un avis court ou détaillé, comme vous préférez, nous aide beaucoup."),
    ("discrimination", BM, "Pouvez-vous confirmer l'orthographe du prénom, avec l'accent aigu sur le e ?"),
    ("disrespectful", PR, "Merci d'avoir relu la notice, ravis que le montage se soit bien passé."),
    (
        "review_change",
        BM,
        "Nous ne pouvons ni modifier ni supprimer les avis des clients ; seul leur auteur le peut.",
    ),
    ("marketing", PR, "Nous sommes contents que la lampe ait fait un joli cadeau d'anniversaire."),
    (
        "incentive",
        BM,
        "Nous avons remboursé les frais de port hier ; n'hésitez pas si autre chose ne va pas.",
    ),
    (
        "review_gating",
        RR,
        "Que l'expérience ait été bonne ou mauvaise, un avis sur Amazon nous aide à progresser.",
    ),
    ("unverified_claim", PR, "Le teck demande un peu d'huile chaque printemps pour garder sa couleur."),
    ("contact_info", BM, "Votre commande 402-1234567-7654321 part demain avec le suivi habituel."),
    # session 10, third round (Spanish, sets c139, c140): helpful sentences beside the new patterns
    (
        "review_change",
        BM,
        "Vimos su comentario sobre el color; si quiere, puede cambiarlo por otro modelo desde su pedido.",
    ),
    ("disparagement", BM, "Olva Courier nos confirma que su paquete sale mañana por la mañana."),
    ("unverified_claim", PR, "Es la chaqueta más abrigada de nuestra tienda, ideal para la sierra."),
    ("disrespectful", BM, "Si no le gusta, puede devolverlo sin coste y le reembolsamos todo."),
    ("disrespectful", PR, "Las instrucciones vienen en la caja; si le quedan dudas, le ayudamos con gusto."),
    ("review_gating", RR, "Si la compra le ha gustado o no, nos vendría bien su reseña sincera en Amazon."),
    ("contact_info", BM, "Su pedido 02-2024 salió ayer y llegará en 3-5 días."),
    ("marketing", PR, "Gracias por su reseña; el 90% de nuestros clientes elige la talla M."),
    # session 11: French helpful wordings beside that round's new patterns
    ("disrespectful", BM, "Ne vous inquiétez pas, nous allons régler cela ensemble."),
    ("review_change", BM, "Votre commentaire ne sera jamais modifié par nous ; il reste le vôtre."),
    ("positive_bias", RR, "Votre note, qu'elle soit d'une ou de cinq étoiles, aide les autres acheteurs."),
    ("marketing", BM, "L'article est revenu en stock et votre commande sera expédiée demain."),
    ("marketing", BM, "Nous proposons aussi des pièces de rechange si la poignée casse."),
    ("disparagement", BM, "Le transporteur a signalé un retard régional, votre colis arrivera jeudi."),
    (
        "unverified_claim",
        BM,
        "Ce baume peut provoquer des effets secondaires chez certaines personnes ; demandez conseil à votre "
        "pharmacien.",
    ),
    ("incentive", BM, "Si la pièce manque, dites-le et on vous envoie un remplacement."),
    ("review_gating", RR, "Que votre expérience soit bonne ou mauvaise, votre avis nous intéresse."),
    ("discrimination", PR, "Les personnes âgées apprécient souvent la notice en gros caractères."),
    ("disrespectful", PR, "Vous avez raison, l'erreur vient de notre entrepôt."),
    ("positive_bias", BM, "Remplacez la lame par un 5 mm pour le bois dur."),
    ("threat", BM, "Nous connaissons bien ce problème et allons vous aider."),
    # session 11: Spanish helpful wordings beside that round's new patterns
    ("disparagement", PR, "La transportista tuvo un retraso regional esta semana; su paquete sale mañana."),
    ("disparagement", BM, "Cada vez más pedidos van con Correos Express, que nos está dando buen servicio."),
    (
        "review_change",
        PR,
        "Gracias por actualizar su comentario, nos alegra que el problema quedara resuelto.",
    ),
    ("review_change", BM, "Nuestro técnico va a revisarlo con el fabricante y le contamos el resultado."),
    ("disrespectful", BM, "Le recomendamos leer las instrucciones antes del primer uso."),
    (
        "disrespectful",
        PR,
        "Es algo que cualquier técnico puede revisar en diez minutos, y si quiere le guiamos.",
    ),
    ("unverified_claim", BM, "Es la única talla disponible en este color por ahora."),
    (
        "unverified_claim",
        PR,
        "El impermeable no es resistente al 100% a lluvias fuertes, como indica la ficha.",
    ),
    ("threat", BM, "Tenemos una reclamación por daños abierta con la transportista y le enviamos otro."),
    ("threat", BM, "Si no llega mañana, vamos a reclamar a SEUR y le mandamos otro sin coste."),
    ("positive_bias", PR, "Gracias por tus palabras bonitas en la reseña, nos alegraste el día."),
    ("positive_bias", BM, "Puede subirlo un poco más de temperatura si el agua no calienta."),
    (
        "discrimination",
        BM,
        "Hemos añadido un vídeo para los que no saben montarlo; lo encuentra en la ficha.",
    ),
    # session 11: English helpful wordings beside that round's new patterns
    (
        "disrespectful",
        PR,
        "Thank you for your review. We respectfully disagree that the strap is too short; it measures 120 "
        "cm, but we're happy to swap it.",
    ),
    ("disrespectful", BM, "We make no excuses for the delay, and we're sorry it happened."),
    ("disrespectful", BM, "As mentioned in our last message, a replacement is on the way."),
    ("disrespectful", BM, "It's a feature we're proud of, and the manual explains how to switch it off."),
    ("disparagement", BM, "The courier had a regional delay, and your parcel should arrive tomorrow."),
    ("disparagement", BM, "Your parcel is with Royal Mail and tracking shows it at the local office."),
    ("discrimination", BM, "The large-print manual is suitable for anyone who prefers bigger text."),
    ("review_change", BM, "Could you take another look at the photo you sent? The serial number is cut off."),
    ("review_change", PR, "Thank you for the review. We'll share it with the design team."),
    ("threat", BM, "We have your address on file, so the replacement will go to the same place."),
    ("unverified_claim", BM, "The kettle is covered by a two-year warranty."),
    ("marketing", BM, "Your pre-order will ship on the release date shown on the listing."),
    ("positive_bias", RR, "Just a reminder that the return window is 30 days if the size isn't right."),
    ("disrespectful", BM, "Please direct any questions to us through Amazon messaging."),
    ("disparagement", BM, "The parcel survived the journey in one piece, according to the photo you sent."),
    # session 11, second round: French helpful wordings beside that round's new patterns
    (
        "disrespectful",
        PR,
        "Après vérification, le défaut provenait d'un lot de fabrication ; nous avons remplacé votre "
        "article.",
    ),
    (
        "disrespectful",
        BM,
        "La notice est jointe au colis, et nous restons disponibles si une étape n'est pas claire.",
    ),
    (
        "disrespectful",
        PR,
        "Nous comprenons votre déception et nous vous remercions d'avoir pris le temps de nous écrire.",
    ),
    (
        "discrimination",
        BM,
        "Nos clients plus âgés nous demandent souvent la version à grosses touches, elle est aussi "
        "disponible.",
    ),
    ("discrimination", BM, "Nous espérons que la commande arrivera à temps pour vos fêtes de fin d'année."),
    (
        "disparagement",
        BM,
        "Le transporteur a eu un retard régional cette semaine ; votre colis devrait arriver lundi.",
    ),
    ("unverified_claim", BM, "Vous pouvez retourner l'article sans aucun frais pendant trente jours."),
    (
        "unverified_claim",
        PR,
        "Ce traitement n'a pas fait disparaître la tache ? Écrivez-nous, nous chercherons une solution.",
    ),
    (
        "positive_bias",
        RR,
        "Que le service vous ait plu ou non, dites-le dans un avis, c'est utile pour les autres acheteurs.",
    ),
    (
        "review_gating",
        RR,
        "Que le produit vous plaise ou non, votre avis sincère nous aide à nous améliorer.",
    ),
    ("marketing", BM, "Nous venons de recevoir le stock et votre commande part aujourd'hui."),
    ("threat", BM, "Nous allons engager une procédure de retour auprès du transporteur pour votre colis."),
    ("review_change", BM, "Merci pour votre avis, nous avons transmis vos remarques à l'atelier."),
    # session 11, second round: French helpful wordings beside that round's new patterns
    (
        "disrespectful",
        BM,
        "Nous ne doutons pas de votre bonne foi et vous renvoyons un flacon dès aujourd'hui.",
    ),
    (
        "disrespectful",
        BM,
        "Pensez à lire la notice avant la première utilisation, elle contient les consignes de sécurité.",
    ),
    (
        "disrespectful",
        PR,
        "Le problème vient probablement d'un défaut du joint ; nous vous envoyons une pièce neuve.",
    ),
    (
        "discrimination",
        BM,
        "Ce modèle existe en taille femme et en taille homme, avec un guide des tailles sur la fiche.",
    ),
    (
        "disparagement",
        BM,
        "Le transporteur nous signale un retard régional ; votre colis devrait arriver lundi.",
    ),
    (
        "review_change",
        BM,
        "Votre colis vous attend au point relais : vous pouvez le retirer dès demain avec votre avis de "
        "passage.",
    ),
    (
        "review_change",
        PR,
        "Merci pour votre évaluation, nous avons transmis votre remarque sur l'emballage à notre atelier.",
    ),
    ("positive_bias", RR, "Votre avis sur la lampe, positif ou négatif, aidera les prochains acheteurs."),
    ("incentive", BM, "Nous vous avons remboursé les frais de port ce matin, comme convenu."),
    ("marketing", BM, "Vous trouverez la notice de montage dans la boîte, sous le couvercle."),
    (
        "unverified_claim",
        BM,
        "Le filtre retient 99 % des particules selon les tests du fabricant indiqués sur la boîte.",
    ),
    ("threat", BM, "Nous conservons une copie de votre facture pour le service de garantie."),
    # session 11, second round: Spanish helpful wordings beside that round's new patterns
    (
        "discrimination",
        PR,
        "Las tallas siguen el patrón europeo; si usted está acostumbrada a otra tabla, le enviamos las "
        "medidas en centímetros.",
    ),
    (
        "discrimination",
        BM,
        "El andador está pensado para personas mayores con movilidad reducida y se pliega con una mano.",
    ),
    (
        "disrespectful",
        BM,
        "Le enviamos el recambio sin coste, como le dijimos, y debería llegarle el jueves.",
    ),
    ("disrespectful", PR, "Tiene usted razón: no es culpa suya, el error de la etiqueta fue nuestro."),
    (
        "disrespectful",
        BM,
        "Le recomendamos leer la guía de tallas antes de elegir; si tiene dudas, le ayudamos.",
    ),
    ("threat", BM, "Hemos reportado a Amazon que el paquete llegó dañado para que le reembolsen los gastos."),
    ("unverified_claim", BM, "La batería tiene 12 meses de garantía y, si falla, se la cambiamos."),
    ("disparagement", PR, "El transportista tuvo un retraso regional esa semana; lamentamos la espera."),
    ("marketing", BM, "El repuesto que nos pidió ya está disponible y se lo enviamos hoy mismo."),
    ("incentive", BM, "Le reembolsamos 5 euros por las molestias del retraso."),
    (
        "positive_bias",
        RR,
        "En Amazon puede puntuar el producto de 1 a 5 estrellas según lo que usted considere.",
    ),
    ("review_change", BM, "Hemos leído su reseña y ya le hemos enviado un cable nuevo."),
    # session 11, second round: Spanish helpful wordings beside that round's new patterns
    ("positive_bias", RR, "Cuéntenos en su reseña lo que le pareció, lo bueno y lo malo."),
    ("incentive", BM, "A quienes compraron la versión anterior les enviamos gratis el adaptador nuevo."),
    ("threat", BM, "Tiene 5 días para recogerlo en la oficina antes de que regrese al almacén."),
    ("review_change", PR, "Gracias por avisarnos del defecto; queremos revisarlo con el fabricante."),
    ("disparagement", BM, "El transportista tuvo un retraso por la nieve; le llegará mañana."),
    ("discrimination", RR, "Diseñamos el mango para que a las personas con artritis les resulte más cómodo."),
    ("marketing", BM, "Su pedido de repuesto sale hoy y no tiene costo adicional."),
    ("unverified_claim", BM, "El termo mantiene el café caliente unas 8 horas según nuestras pruebas."),
    ("disrespectful", PR, "Tiene toda la razón, nos equivocamos con la talla y ya le enviamos la correcta."),
    ("review_gating", BM, "Si tiene cualquier duda antes de usarla, escríbanos por aquí."),
    (
        "positive_bias",
        RR,
        "Valoramos igual las críticas que los elogios, así que escriba con total libertad.",
    ),
    ("review_gating", RR, "Le agradeceríamos su reseña de la olla, tanto si le gustó como si no."),
    # session 11, second round: English helpful wordings beside that round's new patterns
    (
        "disparagement",
        PR,
        "The parcel went with NZ Post, who had a regional delay that week; sorry for the wait.",
    ),
    ("disparagement", BM, "Their tracking page shows the box left the depot this morning."),
    ("disrespectful", PR, "Thanks for the note about the squeak; we've passed it on to the workshop team."),
    ("disrespectful", BM, "We have other sizes if this one doesn't fit, just let us know."),
    (
        "discrimination",
        RR,
        "Older customers often ask for the large-print manual, so we've included one in the box.",
    ),
    ("review_gating", RR, "Whether the kettle delighted you or let you down, we'd value an honest review."),
    (
        "review_change",
        BM,
        "Your review says the lid was loose, and you're right: we've changed the seal on new stock.",
    ),
    ("marketing", BM, "The replacement is back in the warehouse and will ship tomorrow."),
    ("unverified_claim", PR, "We test every unit before dispatch and include a 12-month warranty."),
    ("contact_info", BM, "Please reply here with a photo of the label so we can check the batch."),
    ("threat", BM, "We'd like to take your advice and add a spare fuse to every box."),
    (
        "incentive",
        RR,
        "Thank you for your review! Please let us know if the replacement part arrives safely.",
    ),
]


def blocking_rules(text: str, kind: Kind, about: str = "product_review") -> set[str]:
    return {f.rule for f in check(text, kind, about).findings if f.severity is Severity.BLOCK}


@pytest.mark.parametrize(("rule", "kind", "text", "excerpt"), HITS)
def test_hit_is_found_with_its_excerpt(rule: str, kind: Kind, text: str, excerpt: str) -> None:
    result = check(text, kind)
    found = [f for f in result.findings if f.rule == rule]
    assert found, f"{rule} not found in {text!r}: {[f.rule for f in result.findings]}"
    first = found[0]
    assert first.severity is Severity.BLOCK
    assert first.excerpt == excerpt
    assert text[first.start : first.end] == excerpt
    assert not result.compliant


@pytest.mark.parametrize(("rule", "kind", "text"), NEAR_MISSES)
def test_near_miss_is_not_flagged(rule: str, kind: Kind, text: str) -> None:
    assert rule not in blocking_rules(text, kind)


@pytest.mark.parametrize(("rule", "kind", "text"), RULE_NEAR_MISSES)
def test_rule_patterns_leave_helpful_wordings_alone(
    rule: str, kind: Kind, text: str, rules_only: Checker
) -> None:
    found = rules_only.check(text, kind).blocking
    assert rule not in {f.rule for f in found}


def test_every_rule_has_hits_and_near_misses() -> None:
    assert {h[0] for h in HITS} == set(RULE_IDS)
    assert {n[0] for n in NEAR_MISSES} == set(RULE_IDS)


@pytest.mark.parametrize(
    ("kind", "about", "flagged"),
    [
        (BM, "seller_feedback", False),  # Amazon's own neutral wording, after a resolved problem
        (BM, "product_review", True),  # never about a product review
        (BM, "none", True),
        (PR, "seller_feedback", True),  # never in a public reply
        (RR, "seller_feedback", True),
    ],
)
def test_neutral_feedback_notice_depends_on_kind_and_about(kind: Kind, about: str, flagged: bool) -> None:
    assert ("review_change" in blocking_rules(NOTICE, kind, about)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Please update your feedback now that it's fixed.",
        "You can update your feedback to 5 stars now.",
        "It is possible to remove your feedback, and we'd really appreciate it if you did.",
        "Kindly remove the negative feedback as soon as possible.",
        # pressure beside a phrase of the neutral note
        "You might want to reconsider that 2-star feedback, because we'd hate to escalate this to Amazon.",
        "We want you to know it is possible to remove your feedback, and we need you to do it now.",
        "The least you could do is remove your feedback; it is possible to do so.",
        "Es posible eliminar su comentario; le agradecemos que lo haga lo antes posible.",
        "Now it's resolved, you can update your feedback, and anyone who does gets 10% off.",
    ],
)
def test_pressure_is_flagged_even_about_seller_feedback(text: str) -> None:
    assert "review_change" in blocking_rules(text, BM, "seller_feedback")


def test_neutral_notice_explains_the_allowed_wording_when_pressing() -> None:
    finding = next(
        f
        for f in check("Please remove your feedback.", BM, "seller_feedback").findings
        if f.rule == "review_change"
    )
    assert "neutral" in (finding.suggestion or "")


@pytest.mark.parametrize(
    ("rule", "kind", "text"),
    [
        ("jargon", BM, "Per our policy, the FBA return window is 30 days."),
        ("jargon", PR, "That ASIN was merged, so the SKU looks different."),
        ("greeting", PR, "The replacement strap ships tomorrow by tracked post."),
        ("shouting", BM, "PLEASE NOTE THE ITEM SHIPS FROM OUR UK WAREHOUSE."),
        ("length", PR, "We are sorry about the delay. " * 30),
        ("disrespectful", PR, "Thank you for the review. It's not our fault the parcel was late."),
    ],
)
def test_advice_is_a_warning_that_does_not_block(rule: str, kind: Kind, text: str) -> None:
    result = check(text, kind)
    warnings = [f for f in result.findings if f.rule == rule]
    assert warnings and all(f.severity is Severity.WARN for f in warnings)
    assert result.compliant


def test_greeting_advice_only_applies_to_public_replies() -> None:
    text = "The replacement strap ships tomorrow by tracked post."
    assert any(f.rule == "greeting" for f in check(text, PR).findings)
    assert not any(f.rule == "greeting" for f in check(text, BM).findings)


def test_length_warning_starts_at_the_sentence_that_crosses_the_limit() -> None:
    text = "Thank you for your review. " + "We are sorry about the delay. " * 30
    finding = next(f for f in check(text, PR).findings if f.rule == "length")
    assert finding.start <= 800 < finding.end == len(text)
    assert text[finding.start - 2 : finding.start] == ". "
    assert text[finding.start] == "W"


def test_a_discount_for_a_review_is_incentive_and_marketing() -> None:
    # The issue's table lists coupons under both; the blind development sets' writers label both.
    rules = blocking_rules("Leave a review and get 20% off your next order!", RR)
    assert rules == {"incentive", "marketing"}


def test_marketing_without_a_review_is_marketing() -> None:
    assert blocking_rules("Use code WELCOME15 for 15% off your next order.", BM) == {"marketing"}


@pytest.mark.parametrize(
    "text",
    [
        "If you love it, please leave a review.",
        "Had any problems? Contact us first, before you leave a review.",
        "Please don't leave negative feedback without contacting us first.",
    ],
)
def test_gating_applies_to_every_kind(text: str) -> None:
    for kind in Kind:
        assert "review_gating" in blocking_rules(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "We wanted to let you know it is possible to update or remove your feedback if you feel we've "
        "resolved things.",
        "Feedback can be updated or removed from your account if you feel the issue is resolved.",
        "Please know you are able to update or remove your feedback if the matter is resolved. Your call.",
        "If you feel we've now resolved things, you're able to update or remove your feedback; up to you.",
        "I'm glad the refund has reached you. " + NOTICE,
        "Thanks for your patience on the refund. " + NOTICE,
        "Should you feel the issue is resolved, Amazon allows buyers to update or remove seller feedback; "
        "the decision is entirely yours.",
        "Should you feel we've addressed it, please be advised that feedback can be updated or removed.",
        "If you feel we've sorted it, Amazon does let you update or remove your feedback. No pressure.",
        "If it's resolved, it is possible to update or remove your feedback; if not, please tell us.",
        "Parts arrived: a buyer can edit or take down seller feedback. It's entirely your choice.",
        "If you're content the problem was dealt with, the feedback can be edited or removed by you.",
        "Si considera que resolvimos su problema, es posible actualizar o eliminar su comentario.",
        "If we've put it right you can update your feedback, but please don't feel any obligation.",
        "Now that your refund has gone through, feedback can be updated if you feel the issue is resolved.",
        "Bonjour, le remboursement vous est parvenu. Si vous estimez que le problème est résolu, sachez "
        "qu'il vous est possible de mettre à jour ou de supprimer l'évaluation laissée sur notre boutique.",
        "Hola, ya recibió el reembolso. Si considera que resolvimos su problema, es posible actualizar o "
        "eliminar el comentario que dejó sobre nuestra tienda; la decisión es totalmente suya.",
        "Bonjour Madame, le colis de remplacement est bien arrivé. Si vous estimez que le problème est "
        "résolu, il vous est possible de mettre à jour ou de supprimer l'évaluation que vous avez laissée.",
        "Bonjour, votre remboursement a été effectué. Sachez que vous pouvez, si vous le souhaitez, "
        "modifier votre évaluation de vendeur. Bonne journée.",
        "Hola Sra. López, ya le llegó el reemplazo. Si considera que resolvimos el problema, es posible "
        "actualizar o eliminar su comentario.",
        "Hola, ya se procesó su reembolso. Si así lo desea, puede actualizar la calificación que nos dejó. "
        "La decisión es totalmente suya.",
        "Si vous estimez que le problème est réglé, il est possible de modifier ou de retirer votre "
        "évaluation.",
    ],
)
def test_neutral_notices_after_a_resolution_pass(text: str) -> None:
    assert blocking_rules(text, BM, "seller_feedback") == set()


@pytest.mark.parametrize(
    ("rule", "kind", "text"),
    [
        ("review_change", BM, "About your review: now's a good time to update it with how the lamp works."),
        ("review_change", BM, "We don't take kindly to false reviews. Think carefully about leaving it up."),
        ("review_change", BM, "Your 1-star was for a courier delay. We'd appreciate it if you fixed that."),
        ("review_change", PR, "Our lawyer will call if the claims in this post aren't retracted."),
        ("disparagement", RR, "DHL can't seem to deliver a single parcel intact, so tell us how yours came."),
        ("incentive", RR, "Free filter refills are reserved for customers who have left a review."),
        ("contact_info", BM, "You can collect it from our depot at 410 NW 23rd Ave before 5 pm."),
        ("positive_bias", RR, "We'd be thrilled if you left us a 5-star review."),
        ("review_change", BM, "Now that it's sorted, would you mind switching your review to 5 stars?"),
        ("review_gating", PR, "Our motto: if you're happy, tell Amazon; if you're not, tell us."),
        ("incentive", RR, "Leave a review of the lamp and keep an eye on your mailbox afterwards."),
        ("incentive", RR, "We like to thank our reviewers properly, so do leave one for the kettle."),
        ("positive_bias", RR, "In your review, could you mention how comfortable the chair is?"),
        ("contact_info", BM, "You can collect it at our shop, Prinsengracht 88, on Saturday."),
        ("profanity", BM, "The courier crapped out on us again."),
        ("disparagement", RR, "Thanks for choosing us over the cheap junk in the search results."),
        ("unverified_claim", PR, "The X2 is the best wireless speaker under $100, so this is unusual."),
        ("unverified_claim", BM, "Nobody else makes a cutting board this well sealed, trust us."),
        (
            "positive_bias",
            RR,
            "A review noting how the kettle compares favorably with the big brands would help.",
        ),
        ("positive_bias", BM, "Could you add a few positive words about our support to your review?"),
        ("positive_bias", BM, "Please edit your review to reflect the excellent service you got."),
        ("disparagement", BM, "It got there despite DHL's usual carelessness."),
        (
            "review_gating",
            RR,
            "Happy with the blender? Tell the world on Amazon! Not so happy? Message us first.",
        ),
        ("review_gating", RR, "If we've earned it, five stars on your review would make our week."),
        ("review_change", BM, "Reply here about your review and we can talk about getting it taken down."),
        ("review_change", PR, "We'll fix it and hope to win back those stars."),
        ("review_change", BM, "If your review stays up as written, we can't help with the warranty."),
        ("discrimination", BM, "Given your religious holidays, we've scheduled it for next month."),
        ("disrespectful", PR, "Anyone with half a brain reads the label first."),
        ("disrespectful", PR, "Every other customer has managed to fit it without trouble."),
        ("disrespectful", PR, "If you had bothered to read the manual, you would know this."),
        ("disrespectful", BM, "It was left at the door, so that's between you and the neighbours."),
        ("disrespectful", PR, "Not everyone has an ear for a balanced sound, we suppose."),
        ("disrespectful", BM, "Congratulations on being the first buyer to find it too soft."),
        ("contact_info", PR, "We know who you are, Mrs Jane Holloway of Leeds."),
        ("contact_info", BM, "Questions about the pump? Text us at 555-0123 any time."),
        ("emoji", BM, "Enjoy the matcha (^_^) and have a lovely week."),
        ("disparagement", PR, "Ours is the sharpest santoku you can buy; the rest are junk."),
        ("emoji", BM, "Thanks for your patience :-)"),
        (
            "review_gating",
            RR,
            "Had a great time with it? Review it on Amazon! Had a bad one? Just reply to us.",
        ),
        (
            "review_gating",
            RR,
            "Please leave a review. If anything went wrong, we'd far rather hear about it privately.",
        ),
        (
            "review_change",
            BM,
            "The parcel is delivered, so we trust you'll do the right thing with your review.",
        ),
        ("review_change", BM, "About your 1-star review last time: would you mind revisiting that one?"),
        ("positive_bias", BM, "If you feel generous when you leave feedback, it really helps us."),
        ("unverified_claim", RR, "As Scotland's number one glassware seller, we'd value your review."),
        ("unverified_claim", BM, "The pan is completely non-stick from the first use."),
        ("contact_info", RR, "Post your comments to Unit 7, Kilmore Business Park, Cork if you prefer."),
        ("disrespectful", PR, "We disagree with this review. The parcel arrived on time."),
        ("disrespectful", PR, "There is nothing more we could have done for you."),
        ("disrespectful", PR, "We're glad you finally managed to read the sizing chart."),
        ("disrespectful", PR, "The weight is in the listing for anyone who reads it."),
        ("disrespectful", BM, "Press the tab and lift; my six-year-old manages it."),
        ("disrespectful", PR, "We're sorry you felt the need to leave one star over a day's delay."),
        ("unverified_claim", RR, "As the number one bath-rail brand on Amazon, we'd value your review."),
        ("unverified_claim", PR, "It's the easiest folding frame on the market, so this surprises us."),
        ("review_change", PR, "A new reel is on its way; we hope you'll come back and edit this post."),
        ("review_gating", RR, "Your order had no returns or complaints, so we're inviting you to review it."),
        ("disrespectful", RR, "Assuming you figured it out this time, the lamp should work now."),
        ("disparagement", BM, "Unlike Amazon, who take back anything, we inspect every return."),
        ("unverified_claim", RR, "The insoles are genuinely therapeutic, so do tell others in a review."),
        ("review_change", PR, "We've messaged you, and hope it helps you see your rating in a new light."),
        # session 8: wordings the sets c75-c80 showed (English, Spanish, French), in our own words
        ("disrespectful", PR, "Punishing a two-person shop over a courier delay is petty."),
        ("disrespectful", BM, "Your order will arrive when it arrives."),
        ("disrespectful", PR, "We can't control when you open your letterbox."),
        ("disrespectful", BM, "The care card is in the box. Read it."),
        ("disrespectful", PR, "It is as described."),
        ("disrespectful", PR, "Sorry the print is too sophisticated for your taste."),
        ("disrespectful", BM, "The warning sticker is there for a reason."),
        ("disrespectful", PR, "Fizzing is literally what a bath bomb is supposed to do."),
        ("disrespectful", BM, "Did you even charge it before the first ride?"),
        ("disrespectful", PR, "The problem is most likely your charger, not our cable."),
        ("disrespectful", BM, "Wow, two days late. We'll alert the press."),
        ("disrespectful", BM, "Hate to break it to you, but linen creases."),
        ("disrespectful", BM, "If you keep pestering us, we will stop replying."),
        ("disrespectful", PR, "It's a heavy coat, and that's rather the point."),
        ("disrespectful", BM, "We can't make the ferry sail any faster."),
        ("disrespectful", PR, "No es culpa nuestra que el molde se usara mal."),
        ("profanity", BM, "Los de la paquetería son unos inútiles."),
        ("profanity", PR, "Keep your BS reviews to yourself."),
        ("disparagement", PR, "Royal Mail being slow is not something we can fix."),
        ("disparagement", BM, "The courier handled your parcel like rubbish."),
        ("contact_info", PR, "We'll drop a new one at your house on Maple Avenue."),
        ("contact_info", BM, "Or text HELP to 555-0148 for updates."),
        ("unverified_claim", PR, "Merci ! Notre miel est le meilleur au monde."),
        ("unverified_claim", RR, "Every handbag we stock is 100% authentic, so please review yours."),
        ("unverified_claim", RR, "As the most trusted vintage seller on Amazon, we'd value your feedback."),
        ("marketing", BM, "P.S. Our winter blend is back in stock if you're running low."),
        ("marketing", PR, "Merci ! Essayez aussi nos confitures de bleuets."),
        ("positive_bias", RR, "Si le gustó, ¿nos regala cinco estrellas?"),
        ("review_gating", RR, "Si le gustó, ¿nos regala cinco estrellas?"),
        ("positive_bias", RR, "Un commentaire positif nous aiderait beaucoup."),
        ("positive_bias", PR, "Message us and we'll help; then maybe switch it to positive."),
        ("review_gating", RR, "Si vous êtes satisfait, laissez-nous une évaluation."),
        ("review_gating", RR, "Si tienes un problema, escríbenos antes de calificarnos."),
        ("review_gating", PR, "Next time, try messaging us before posting a one-star review."),
        ("review_change", BM, "Le agradeceríamos que quitara su reseña negativa."),
        ("review_change", BM, "Pourriez-vous modifier votre commentaire ?"),
        ("review_change", BM, "If you could fix the review once it arrives, that'd be great."),
        ("review_change", BM, "The least you could do is update your rating."),
        ("review_change", PR, "This is false. Take it down or you'll hear from our lawyer."),
        ("review_change", BM, "A week on, we haven't seen it removed."),
        ("incentive", RR, "Shoppers who leave a review get free shipping next time."),
        ("incentive", RR, "Si nos dejas una reseña te mandamos un regalo."),
        ("incentive", BM, "Nous vous offrons un bon d'achat si vous supprimez votre avis."),
        ("threat", PR, "Nous nous réservons le droit d'entamer des poursuites judiciaires."),
        ("discrimination", BM, "In our experience German buyers return everything."),
        ("discrimination", PR, "Most ladies won't need the heavy-duty version."),
        ("discrimination", RR, "Great to see more pensioners on our app; we know technology can be tricky."),
        ("discrimination", BM, "Another sizing mix-up. Men, honestly."),
        # sets c85-c88
        ("discrimination", PR, "Lady, it's a tool bag, not a handbag."),
        ("discrimination", BM, "If the app confuses you, ask your grandson to set it up."),
        ("discrimination", BM, "The tall stand can be tricky for pensioners, so we'd pick the short one."),
        ("disrespectful", BM, "Snowflakes who never held one call a pocketknife dangerous."),
        ("disrespectful", PR, "Typical city slicker review: leather needs breaking in."),
        ("disrespectful", BM, "The bracket fits. You mounted it the wrong way."),
        ("disrespectful", PR, "On the price, you're simply wrong: it matches the listing."),
        ("disrespectful", PR, "Cotton shrank in a hot wash. Who would have guessed."),
        ("disrespectful", BM, "Any fading must be from your detergent, not the dye."),
        ("disrespectful", PR, "Your 2-star rating is a joke, frankly."),
        ("disrespectful", BM, "It was delivered on Monday, so no more 'where is it' emails please."),
        ("disrespectful", PR, "We dispatch same day, so the delay can't have been our fault."),
        ("disparagement", PR, "Sorry it broke; the airline baggage handlers throw every case around."),
        ("disparagement", PR, "UPS drop-kicks every parcel we hand them."),
        ("threat", BM, "Open a chargeback and we'll come after you."),
        ("unverified_claim", RR, "Our tripod is voted the #1 travel tripod, so we'd love your review."),
        ("unverified_claim", RR, "We're the friendliest tea sellers on Amazon; please leave feedback."),
        ("unverified_claim", PR, "We ship 100% of orders on time, every time."),
        ("unverified_claim", BM, "This is the world's lightest carry-on."),
        ("positive_bias", RR, "In your review, could you mention the long battery life?"),
        ("positive_bias", RR, "It would mean a lot if you wrote something nice about the scarf."),
        ("positive_bias", PR, "We'd love it if you added a star or two now the part has arrived."),
        ("review_change", PR, "We hope you'll come back and make it five stars once it's run in."),
        ("review_change", PR, "Would you think about changing your rating now the lid is fixed?"),
        ("review_change", BM, "Your feedback is unfair. We expect you to remove it today."),
        ("incentive", PR, "We've sent a 15% voucher, and hopefully that changes your mind about us."),
        ("incentive", RR, "Leave 5⭐ for your mug and get a free coaster!"),
        ("incentive", PR, "Use code THANKS15 as a thank-you for your lovely review."),
        ("marketing", RR, "Want the matching pillowcases? Search our storefront."),
        ("marketing", BM, "We sell at the Harbour craft market every Sunday, come say hi."),
        ("contact_info", BM, "Could you reply with your personal email so we can send the invoice?"),
        ("contact_info", PR, "It was delivered to your address in Dayton on the 2nd."),
        # sets c91-c93
        ("disrespectful", PR, "This is bullsh*t. The tent was packed and checked twice."),
        ("disrespectful", PR, "Wipe your damn lenses before blaming the scope."),
        ("disrespectful", BM, "Your 'broken' lamp works fine in the video you sent."),
        ("disrespectful", BM, "There's no way it's defective; every unit is tested."),
        ("disrespectful", PR, "It would have been nice if you had messaged us first."),
        ("disrespectful", BM, "Returns close after 30 days. Rules are rules."),
        ("disrespectful", PR, "Wood swells when wet, that's basic common sense."),
        ("disrespectful", PR, "Thanks for sharing your struggle with the whole internet."),
        ("marketing", RR, "Please leave a review. For more camping gear visit trailbox.com."),
        ("marketing", BM, "If you're thinking of upgrading, the Pro model just came in."),
        ("positive_bias", RR, "Leave a review and make sure to mention how quiet it is!"),
        ("review_gating", RR, "If the filter did the job, we'd love 5 stars on Amazon."),
        ("review_gating", BM, "You left neutral feedback but never contacted us first."),
        ("discrimination", PR, "The fold is so simple even a first-time dad can do it."),
        ("discrimination", PR, "Lovely to see a young lady getting into woodworking!"),
        ("discrimination", PR, "At a certain age the high notes are hard to hear anyway."),
        ("disparagement", RR, "Our brush beats the junk that comes free with most grills."),
        ("disparagement", PR, "Unlike Lodge, we season every pan twice."),
        ("unverified_claim", BM, "The mat eliminates all vibration from the floor."),
        ("unverified_claim", PR, "Our cable measures better than anything the big-name brands make."),
        ("unverified_claim", PR, "We guarantee 100% on-time delivery."),
        ("contact_info", PR, "Sorry for the wait, Jane Whitfield of Harrogate, it's on its way."),
        # sets c94-c96
        ("external_link", BM, "Our care guide is at woolhouse.ie/care."),
        ("incentive", RR, "Leave us feedback today and get free delivery on your next order!"),
        ("positive_bias", RR, "If you post a review, we'd love it if it's a good one."),
        ("review_gating", RR, "We'd love a glowing review if the balm has cleared things up for you."),
        ("review_change", BM, "We saw your one-star review. You should take that down."),
        ("marketing", PR, "To avoid this, buy direct from our website next time."),
        ("profanity", PR, "Refunded in an hour and still one star? Un-fecking-believable."),
        ("disparagement", PR, "Sorry it was late; DPD are shite out here."),
        ("disparagement", RR, "Your lamp somehow survived UPS this time, so please review it."),
        ("disparagement", PR, "That's why you don't buy boots made in some sweatshop."),
        ("disparagement", BM, "Most competitor locks can be opened with a magnet."),
        ("unverified_claim", PR, "This video fixes 99% of pairing problems."),
        ("unverified_claim", RR, "No seller ships faster than we do, so please leave feedback."),
        ("contact_info", BM, "Please send us your home phone number for the freight driver."),
        ("discrimination", BM, "We know retirees have a lot of free time, but returns close at 30 days."),
        ("disrespectful", PR, "An 8 ft ladder doesn't reach a 20 ft roof. Truly shocking."),
        ("disrespectful", BM, "Three 'missing item' claims in two months is a pattern."),
        ("disrespectful", BM, "Did you even prime the wall first?"),
        ("disrespectful", BM, "Your review says the kit was incomplete, which is a lie."),
        ("disrespectful", BM, "Open a claim and see; we know how to deal with scammers."),
        ("disrespectful", PR, "Five stars for the boots and one overall? Sure, that makes perfect sense."),
        ("disrespectful", PR, "If you hike a mountain in roper boots, I don't know what to tell you."),
        # sets c97-c99
        ("contact_info", PR, "It went to 27 Birchwood Cres. and shows as delivered."),
        ("incentive", PR, "If you'd remove this review, we'd happily send two more."),
        ("marketing", PR, "Every order this month comes with a free tea light!"),
        ("disrespectful", PR, "If the map drifts, that's your phone's GPS, not our collar."),
        ("disrespectful", PR, "Whoever wrote this has no idea how a thermostat works."),
        ("disrespectful", BM, "The app isn't that complicated; my 8-year-old set one up."),
        ("disrespectful", PR, "Hold your horses: the bell is solid brass."),
        ("disrespectful", BM, "Your feedback says we never replied, which is simply untrue."),
        ("discrimination", BM, "Since your name suggests you live abroad, the plan may not work for you."),
        ("discrimination", BM, "The manual is in English, so ask an American friend to help."),
        ("disparagement", RR, "We've had fake 1-star reviews from a competitor, so honest ones matter."),
        ("review_change", BM, "Your feedback is wrong about our reply time. Please correct it."),
        # sets c100-c102
        ("review_gating", RR, "We ask for feedback only from customers who had no return or complaint."),
        (
            "disrespectful",
            RR,
            "Assuming you've stopped boiling the beans, you may finally be able to review them.",
        ),
        ("disrespectful", PR, "Thanks for the lesson on roasting. We've only been doing this for ten years."),
        ("disrespectful", PR, "The puzzle has 500 pieces. Please read listings carefully before ordering."),
        ("disrespectful", BM, "Yes, it's dishwasher safe. As it says in the listing. In bold."),
        ("disrespectful", BM, "It'll arrive when it arrives."),
        ("disrespectful", PR, "The tweed is fine, so the issue lies with how the cap was stored."),
        ("discrimination", RR, "We know tech isn't always easy for our older customers, so here's how."),
        ("discrimination", BM, "The reel is easy unless you've got arthritis or something."),
        ("discrimination", PR, "Non-native speakers sometimes misread our diagrams."),
        ("discrimination", PR, "A pensioner who can't sew a button on is a new one on us."),
        ("disparagement", BM, "Message us instead; we'll fix it faster than Amazon ever could."),
        ("disparagement", PR, "Ours is truly pre-seasoned; the others just spray on oil."),
        ("unverified_claim", RR, "Our beans are the freshest in Seattle!"),
        ("marketing", PR, "Sorry it was too bright; our Sumatra blend would suit your taste better."),
        ("positive_bias", RR, "If you mention we sorted it quickly in your review, we'd be grateful."),
        ("review_change", PR, "If the replacement works out, a 5-star update would really help."),
        # French and Spanish, second round (sets c103, c104)
        (
            "incentive",
            RR,
            "Laissez un commentaire sur le coussin et vous recevrez un bon d'achat de 8 € pour votre "
            "prochaine commande.",
        ),
        ("incentive", RR, "Un avis sur la lampe = une remise de 10 % sur la suivante !"),
        ("incentive", RR, "Si nos dejas una reseña esta semana, te regalamos el envío de tu próximo pedido."),
        ("positive_bias", RR, "Une évaluation vendeur positive nous aiderait beaucoup."),
        ("positive_bias", RR, "Un feedback positivo como vendedor nos ayudaría muchísimo."),
        ("review_change", PR, "Le souci est réglé, n'hésitez pas à ajuster votre note si vous le souhaitez."),
        ("review_change", BM, "Votre évaluation est injuste. Retirez-la, s'il vous plaît."),
        (
            "review_change",
            BM,
            "Ya te devolvimos el dinero, así que la podés modificar cuando quieras; la reseña nos perjudica.",
        ),
        ("review_gating", RR, "Si votre fille est ravie de son sac, votre avis aidera d'autres familles."),
        (
            "review_gating",
            RR,
            "Deje su opinión solo si el producto le gustó; para quejas, escríbanos primero.",
        ),
        ("review_gating", RR, "En cas de défaut, écrivez-nous directement plutôt que dans un avis public."),
        ("marketing", BM, "Pour être au courant de nos ventes privées, inscrivez-vous à notre liste."),
        ("marketing", PR, "Gracias. Aproveche nuestra promoción de verano: 2x1 en cinturones."),
        ("contact_info", BM, "Vous pouvez passer au magasin, avenue Louise 120, 1050 Bruxelles."),
        ("contact_info", BM, "Si prefiere, llámame al 622 318 904 y lo vemos."),
        ("profanity", BM, "Désolé, on a complètement merdé avec votre colis."),
        ("profanity", PR, "Joder, otra vez el mismo problema con la caja."),
        (
            "disrespectful",
            PR,
            "Si vous aviez pris la peine de lire la fiche, vous sauriez que la housse n'est pas lavable.",
        ),
        ("disrespectful", PR, "Si hubiera leído las instrucciones, no tendría ese problema."),
        ("threat", PR, "Si ce commentaire n'est pas retiré, nous porterons plainte contre vous."),
        ("threat", PR, "Piénselo dos veces antes de volver a escribir algo así sobre nosotros."),
        ("discrimination", BM, "Les clients français ont toujours tendance à se plaindre des tailles."),
        ("discrimination", PR, "Los clientes mexicanos siempre quieren todo para ayer."),
        ("disparagement", BM, "Votre colis est chez bpost, une vraie catastrophe en ce moment."),
        ("disparagement", BM, "El retraso fue de Correos, como siempre, lo sentimos."),
        ("unverified_claim", BM, "Notre gourde est 100 % étanche et recommandée par tous les randonneurs."),
        ("unverified_claim", PR, "Somos el vendedor mejor valorado de Amazon México."),
        # French and Spanish (Amazon.fr, .es, .com.mx)
        (
            "incentive",
            RR,
            "Laissez-nous un avis sur la lampe et recevez un bon d'achat de 10 € pour votre prochaine "
            "commande.",
        ),
        ("incentive", BM, "Dès que votre commentaire sera en ligne, nous vous rembourserons 15 euros."),
        (
            "incentive",
            RR,
            "Chaque client qui publie un avis participe à notre tirage au sort pour gagner une tablette.",
        ),
        ("incentive", RR, "Déjanos tu reseña y te regalamos un llavero con tu próximo pedido."),
        ("incentive", RR, "A cambio de una reseña honesta te enviamos una muestra gratis."),
        (
            "incentive",
            RR,
            "Mándenos una captura de su reseña y le hacemos un descuento en su próxima compra.",
        ),
        ("positive_bias", RR, "Un petit commentaire positif sur Amazon nous aiderait beaucoup !"),
        ("positive_bias", RR, "Nous comptons sur vous pour nous mettre la note maximale."),
        ("positive_bias", RR, "Nos encantaría una reseña bien bonita con todas las estrellas."),
        ("positive_bias", RR, "Cuéntales a otros clientes lo mucho que te gustó la plancha."),
        ("review_gating", RR, "Si le plaid vous plaît, un commentaire sur Amazon nous ferait plaisir."),
        ("review_gating", RR, "En cas de souci, écrivez-nous avant de publier un avis sur Amazon."),
        ("review_gating", RR, "Si quedó satisfecha con el secador, déjenos una reseña en Amazon."),
        ("review_gating", RR, "En lugar de dejar una reseña negativa, contáctenos y lo resolvemos."),
        (
            "review_change",
            BM,
            "Maintenant que vous avez reçu le remplacement, pourriez-vous modifier votre avis ?",
        ),
        (
            "review_change",
            BM,
            "Votre évaluation négative nous fait du tort : merci de la retirer au plus vite.",
        ),
        ("review_change", BM, "¿Podría actualizar su reseña ahora que ya tiene el producto nuevo?"),
        ("review_change", BM, "Vimos su reseña de una estrella. ¿Podría borrarla ahora que está resuelto?"),
        ("contact_info", BM, "Pour toute question, appelez-nous au 01 42 68 53 00 du lundi au vendredi."),
        ("contact_info", BM, "Renvoyez le colis à notre atelier, 12 avenue Jean Jaurès, 31000 Toulouse."),
        ("contact_info", BM, "Llámenos al 612 345 678 y lo resolvemos enseguida."),
        ("contact_info", BM, "Enviamos desde Av. Insurgentes Sur 1234, Col. Del Valle, C.P. 03100, CDMX."),
        ("marketing", BM, "Profitez de 15 % de réduction avec le code BIENVENUE15 sur notre boutique."),
        ("marketing", PR, "Merci ! Découvrez aussi notre nouvelle collection de coussins."),
        ("marketing", PR, "¡Gracias! Síguenos en Instagram para ver nuestros productos nuevos."),
        ("profanity", BM, "Le colis est encore bloqué, c'est vraiment le bordel chez le transporteur."),
        ("profanity", BM, "Se nos jodió la impresora de etiquetas, mañana sale su pedido."),
        ("disrespectful", PR, "Vous n'avez visiblement pas lu la notice avant de l'utiliser."),
        ("disrespectful", BM, "Je vous l'ai déjà expliqué deux fois, je ne le répéterai pas."),
        ("disrespectful", PR, "Usted no sabe usar la plancha, no es culpa del producto."),
        ("disrespectful", PR, "La próxima vez lea la descripción antes de comprar."),
        ("threat", PR, "Votre avis est diffamatoire et nous allons porter plainte."),
        ("threat", BM, "Si ce commentaire n'est pas retiré, notre avocat vous contactera."),
        ("threat", BM, "Si no retira su comentario, tomaremos acciones legales."),
        ("discrimination", BM, "À votre âge, il vaut mieux prendre le modèle le plus simple."),
        ("discrimination", BM, "Los extranjeros nunca entienden cómo funciona el envío aquí."),
        ("disparagement", BM, "Désolés pour le retard, Chronopost est vraiment lamentable."),
        ("disparagement", BM, "Correos es un desastre, siempre pierden los paquetes."),
        ("unverified_claim", RR, "Notre crème est cliniquement prouvée contre les rides."),
        ("unverified_claim", BM, "Este champú está clínicamente comprobado para frenar la caída."),
        ("unverified_claim", PR, "Nos poêles ne rayent jamais et ne s'abîment jamais."),
        # session 9: English wordings the sets c111, c112 showed, in our own words
        ("review_change", BM, "I really want this feedback deleted, today if possible."),
        ("review_change", BM, "Could you get that review updated to five stars now that it works?"),
        ("positive_bias", RR, "Help us see our rating go up this spring!"),
        ("disrespectful", PR, "It works fine for everybody else."),
        (
            "disrespectful",
            PR,
            "The lid has to be twisted until it clicks, which the manual states at least three times.",
        ),
        ("disrespectful", BM, "The voltage is printed on the plug in letters an inch high."),
        (
            "discrimination",
            BM,
            "Honestly the rocket kit is more of a boy's gift; your niece may like the bead set.",
        ),
        ("unverified_claim", RR, "Our flashcards are the quickest way for any child to learn their letters."),
        # session 9: French wordings the sets c105, c107, c109 showed
        ("disrespectful", PR, "Arrêtez de dire des bêtises : le grille-pain a été vérifié avant l'envoi."),
        ("disrespectful", BM, "Bonjour, relisez nos réponses précédentes, tout y est expliqué."),
        ("disrespectful", PR, "Il fallait lire la notice avant de brancher l'appareil."),
        (
            "disrespectful",
            PR,
            "Comme précisé deux fois dans la description, ce tapis n'est pas lavable en machine.",
        ),
        ("disrespectful", PR, "Une bouilloire qui chauffe l'eau, qui aurait pu deviner ?"),
        ("disrespectful", BM, "Le colis a été retardé par votre propre erreur de code postal."),
        (
            "profanity",
            PR,
            "Cette saloperie de fermeture éclair a encore lâché chez notre fournisseur, désolés.",
        ),
        (
            "disparagement",
            BM,
            "Votre colis est chez Chronopost, et comme d'habitude ils le baladent d'un dépôt à l'autre.",
        ),
        ("disparagement", PR, "Désolés du délai : bpost a encore réussi l'exploit de perdre l'étiquette."),
        (
            "disparagement",
            BM,
            "Les vendeurs discount qui bradent ces casques font n'importe quoi avec les réglages.",
        ),
        ("discrimination", PR, "Les hommes ont rarement la patience de lire une notice jusqu'au bout."),
        ("discrimination", BM, "Vu votre prénom, vous n'êtes sans doute pas habitué à nos hivers."),
        (
            "marketing",
            BM,
            "Votre commande est en route. Saviez-vous que nous proposons aussi des housses pour ce "
            "fauteuil ?",
        ),
        ("marketing", PR, "Merci Julie ! Nos coussins en lin font fureur en ce moment, jetez-y un œil."),
        (
            "incentive",
            RR,
            "Chaque client qui laisse un avis sur sa théière est inscrit au tirage d'une cafetière en fonte.",
        ),
        (
            "incentive",
            RR,
            "Dès que votre avis sur la lampe est publié, nous vous envoyons un échantillon de notre cire "
            "parfumée.",
        ),
        (
            "review_gating",
            RR,
            "Un souci avec votre couette ? Pas besoin de laisser un avis, écrivez-nous directement.",
        ),
        (
            "review_gating",
            BM,
            "Avant de publier votre évaluation, appelez-nous : nous trouverons une solution.",
        ),
        (
            "review_change",
            BM,
            "Votre évaluation est injuste. Si vous ne la modifiez pas, nous serons très déçus.",
        ),
        (
            "review_change",
            PR,
            "Merci pour vos trois étoiles ! Pensez à ajouter la cinquième quand vous aurez testé le mode "
            "turbo.",
        ),
        (
            "threat",
            PR,
            "Nous avons conservé toutes les preuves et nous réservons toute action à votre encontre.",
        ),
        ("threat", BM, "Encore une réclamation injustifiée et nous bloquerons vos commandes."),
        ("unverified_claim", PR, "Nos tapis de yoga sont les plus épais sur le marché."),
        ("unverified_claim", BM, "Ce sérum ne provoque jamais de réaction, même sur les peaux sensibles."),
        ("unverified_claim", PR, "Nos oreillers surpassent toute la concurrence."),
        (
            "positive_bias",
            RR,
            "Nous serions ravis de lire tout le bien que vous pensez de votre nouvelle théière.",
        ),
        ("contact_info", BM, "Pouvez-vous nous transmettre votre numéro de portable pour le livreur ?"),
        # session 9: Spanish wordings the sets c106, c108, c110 showed
        (
            "incentive",
            RR,
            "Hola Marta, a los clientes que nos dejan una reseña les mandamos un llavero de regalo con el "
            "siguiente pedido.",
        ),
        (
            "incentive",
            RR,
            "Buenas, a quienes nos dejan su opinión este mes les damos prioridad en los pedidos "
            "personalizados.",
        ),
        (
            "incentive",
            RR,
            "Este trimestre sorteamos una lámpara entre todos los que publiquen su opinión del producto.",
        ),
        (
            "incentive",
            RR,
            "Como agradecimiento por sus amables palabras, le incluimos un obsequio en el próximo envío.",
        ),
        (
            "incentive",
            BM,
            "Le hemos mandado una tarjeta de regalo por las molestias. Esperamos que ahora pueda cambiar "
            "su valoración.",
        ),
        (
            "incentive",
            BM,
            "Le devolvemos el importe completo en cuanto haya borrado la opinión de una estrella.",
        ),
        (
            "review_change",
            PR,
            "Su comentario no se ajusta a la realidad. Si no lo retira esta semana, hablaremos con Amazon.",
        ),
        (
            "review_change",
            BM,
            "Entendemos que su comentario lo escribió con prisa. Si lo reconsidera ahora que la cafetera "
            "funciona, se lo agradeceremos.",
        ),
        (
            "review_change",
            BM,
            "Su valoración sigue en una estrella aunque ya se resolvió todo. ¿Cuándo la va a cambiar?",
        ),
        (
            "review_gating",
            RR,
            "Esperamos su reseña en Amazon. Y si algo no le ha convencido, cuéntenoslo directamente por "
            "aquí.",
        ),
        (
            "review_gating",
            RR,
            "Solo nos interesa que nos valoren los clientes que han quedado muy satisfechos con su reseña "
            "de cinco estrellas.",
        ),
        (
            "review_gating",
            BM,
            "Si el envío tardó, por favor no lo mencione en la valoración; avísenos y lo compensamos.",
        ),
        ("threat", BM, "Si vuelve a escribir algo así sobre nuestra marca, tomaremos medidas."),
        ("threat", PR, "Hemos identificado quién es usted y procederemos legalmente si esto continúa."),
        (
            "threat",
            BM,
            "Abrir otra reclamación sin motivo puede tener consecuencias para su cuenta, y lo reportaremos "
            "por fraude.",
        ),
        ("profanity", BM, "Qué pedo con la paquetería, otra vez se perdió la caja."),
        ("disparagement", BM, "Lamentamos la espera; Starken siempre pierde los paquetes en esta época."),
        (
            "disparagement",
            PR,
            "Gracias por elegirnos a nosotros y no a esos revendedores que venden réplicas.",
        ),
        (
            "unverified_claim",
            PR,
            "Nuestras almohadas están clínicamente comprobadas y avaladas por fisioterapeutas.",
        ),
        ("unverified_claim", BM, "Es la mochila más resistente que existe, se lo aseguro."),
        (
            "discrimination",
            PR,
            "Es normal que algunas señoras se confundan con el cierre, pero está bien explicado.",
        ),
        (
            "discrimination",
            BM,
            "A los clientes de la tercera edad les cuesta bastante seguir los pasos de la app.",
        ),
        ("disrespectful", BM, "Ya le contestamos. La talla está indicada en la ficha."),
        ("disrespectful", PR, "Quizá el problema es su enchufe, no nuestra lámpara."),
        (
            "marketing",
            PR,
            "Gracias por su compra. En nuestra tienda siempre hay ofertas en toda la línea de cocina.",
        ),
        # session 9, second round: English wordings the sets c117, c118 showed
        (
            "disrespectful",
            PR,
            "The hinge was checked twice before dispatch; there is nothing further we can say.",
        ),
        ("disrespectful", PR, "We respectfully disagree: the kettle was tested before it left us."),
        ("disrespectful", BM, "You should've paid for express delivery."),
        ("disrespectful", BM, "Please read the manual before you contact us again."),
        ("disrespectful", PR, "Left in a hot van for a week, the wax melted. Who knew."),
        ("disrespectful", BM, "At this rate your parcel will turn up sometime next decade."),
        ("unverified_claim", RR, "You bought the only clipper the pros swear by."),
        ("disparagement", PR, "The big-name version is overpriced garbage compared with ours."),
        ("disparagement", BM, "Evri took the scenic route with your parcel, sorry."),
        (
            "discrimination",
            PR,
            "Older customers sometimes get a bit confused by the app, so here are the steps.",
        ),
        ("discrimination", RR, "Our elderly customers sometimes get a bit muddled by the remote."),
        ("discrimination", PR, "The gents mostly can't follow the sewing pattern, so we added photos."),
        # session 9, second round: French (sets c113, c115)
        (
            "review_gating",
            RR,
            "Nous espérons que la housse vous a convenu et qu'un avis suivra. Dans le cas contraire, "
            "répondez-nous simplement ici.",
        ),
        (
            "review_gating",
            RR,
            "Si t'es satisfaite de ton sac, mets-nous une note ! Et si y a un souci, envoie-nous un "
            "message avant, on règle ça.",
        ),
        (
            "review_gating",
            RR,
            "Si le plaid vous a donné entière satisfaction, nous vous invitons à le dire dans une "
            "évaluation.",
        ),
        (
            "review_gating",
            RR,
            "On espère que la veilleuse fait son effet. Si oui, une petite note sur Amazon nous aiderait.",
        ),
        ("positive_bias", RR, "Un retour vendeur très positif de votre part nous ferait chaud au cœur."),
        (
            "positive_bias",
            RR,
            "Un commentaire dans le genre « parfait, rapide, sérieux » prendrait deux secondes.",
        ),
        ("review_change", PR, "Si cet avis reste visible, nous serons obligés de réagir."),
        (
            "review_change",
            BM,
            "Votre avis sur la valise est injuste. Nous vous serions reconnaissants de bien vouloir la "
            "corriger.",
        ),
        (
            "review_change",
            BM,
            "Je vous relance pour la deuxième fois au sujet de votre commentaire sur la perceuse.",
        ),
        ("incentive", RR, "Publiez un commentaire sur la poêle et on vous offre une spatule en bois."),
        (
            "incentive",
            RR,
            "Pour te remercier de ton commentaire, on t'ajoute un porte-clés dans le prochain colis.",
        ),
        (
            "incentive",
            RR,
            "Les acheteurs qui nous laissent une évaluation profiteront en priorité de nos ventes privées.",
        ),
        (
            "disparagement",
            BM,
            "Votre paquet est encore chez Colis Privé, dont le suivi laisse vraiment à désirer.",
        ),
        ("disparagement", BM, "DPD a une fois de plus égaré un carton, je vous en renvoie un autre."),
        (
            "disparagement",
            PR,
            "Contrairement à ces revendeurs qui expédient des pièces d'occasion, nous envoyons du neuf.",
        ),
        ("discrimination", BM, "Passé un certain âge, les écrans tactiles deviennent un vrai casse-tête."),
        ("discrimination", PR, "Nos voisins d'outre-Rhin ont souvent du mal avec nos tailles françaises."),
        (
            "discrimination",
            PR,
            "Ces jeux de construction intéressent plutôt les garçons, pour une fille prenez autre chose.",
        ),
        (
            "disrespectful",
            PR,
            "Il aurait fallu vous documenter un peu avant de critiquer un objet de collection.",
        ),
        ("disrespectful", BM, "Le mode d'emploi était pourtant en toutes lettres dans le carton."),
        ("disrespectful", PR, "Nous pensons avoir tout dit sur ce sujet."),
        ("disrespectful", BM, "Cela fait quatre fois que vous nous relancez pour la même question."),
        ("disrespectful", PR, "Vous mentez : la boîte était scellée au départ."),
        ("threat", PR, "Nous avons identifié votre compte et nous ne laisserons pas faire."),
        (
            "threat",
            PR,
            "Nous nous réservons le droit d'engager toute action utile contre l'auteur de ce commentaire.",
        ),
        ("threat", BM, "Si vous continuez, nous envisagerons une plainte."),
        ("unverified_claim", BM, "Tous les pharmaciens vous le diront, ce sérum est incomparable."),
        ("unverified_claim", BM, "Aucune autre marque ne lui arrive à la cheville, franchement."),
        (
            "marketing",
            PR,
            "Merci ! N'hésitez pas à faire un tour dans notre boutique pour découvrir la suite.",
        ),
        ("profanity", PR, "Une étoile pour une rayure au dos ? Faut pas déconner."),
        # session 9, second round: Spanish (sets c114, c116)
        (
            "review_change",
            BM,
            "Hola Lucía, si borrás la reseña del termo te lo cambiamos por uno nuevo sin costo.",
        ),
        ("incentive", RR, "Si nos calificás como vendedor, te enviamos un cupón para tu próxima compra."),
        ("incentive", RR, "Cuando nos valore en Amazon le regalamos una funda para el móvil."),
        ("positive_bias", BM, "Ya quedó resuelto lo del envío, ¿podrías subirnos un par de estrellas?"),
        ("review_change", BM, "Como ya te llegó el repuesto, ¿nos levantarías las estrellas que pusiste?"),
        ("positive_bias", RR, "Nos haría mucha ilusión una reseña con bonitas palabras sobre el cojín."),
        (
            "review_gating",
            RR,
            "Mandamos esta invitación solamente a los compradores que nos confirmaron que quedaron "
            "satisfechos con el pedido. ¿Nos dejas tu reseña?",
        ),
        (
            "review_gating",
            RR,
            "Este mensaje solo lo enviamos a compradores muy satisfechos con su pedido. ¿Te animas a "
            "opinar en Amazon?",
        ),
        (
            "review_gating",
            RR,
            "Si algo no va bien con la silla, no pongas nada todavía y escríbenos; la reseña puede esperar.",
        ),
        ("threat", PR, "Inventar defectos en una reseña puede constituir un delito, téngalo presente."),
        ("threat", BM, "Ya hemos guardado todas las capturas de lo que ha publicado sobre nosotros."),
        ("threat", PR, "Si sigue así, haremos que Amazon le cierre la cuenta."),
        ("unverified_claim", BM, "Este sérum no tiene efectos secundarios, lo puede usar cualquier persona."),
        (
            "unverified_claim",
            RR,
            "La crema alivia el dolor de espalda al 100%, garantizado. Cuéntenos qué tal en una reseña.",
        ),
        ("unverified_claim", PR, "Somos la única tienda que trae este modelo a Chile, por eso el precio."),
        ("disparagement", BM, "El paquete se retrasó porque Chilexpress es lentísimo para todo."),
        ("disparagement", PR, "La caja llegó aplastada; en SEUR tratan los envíos a patadas."),
        (
            "discrimination",
            BM,
            "Ya sabe que los papás ni se enteran de estas cosas, por eso le escribo a usted.",
        ),
        (
            "discrimination",
            PR,
            "Los maridos nunca miran la tabla de tallas, por eso es mejor que lo elija su esposa.",
        ),
        (
            "discrimination",
            BM,
            "Como el castellano no es su idioma, le resumo lo importante en pocas palabras.",
        ),
        ("disrespectful", PR, "Vaya sorpresa, otra queja por el color."),
        ("disrespectful", BM, "No sea tan exagerado, la mancha apenas se nota."),
        ("disrespectful", BM, "¿Cuántas veces tengo que repetirle que el cargador va aparte?"),
        (
            "marketing",
            PR,
            "Gracias por comprar. Le contamos que ahora también vendemos fundas a juego en tres colores.",
        ),
        ("marketing", BM, "Si lo pide directamente en nuestra web, fuera de Amazon, le sale más barato."),
        ("contact_info", BM, "Hablemos por acá: wa.me/5491155554444"),
        # session 10: English wordings the sets c123-c125 showed, in our own words
        (
            "disrespectful",
            PR,
            "Strange, you're the first buyer in six years to mention a leak with this bottle.",
        ),
        ("disrespectful", BM, "Are you sure you charged the lantern fully before the trip?"),
        ("disrespectful", PR, "We're sure you meant well, but the stitching is meant to look like that."),
        ("disrespectful", PR, "What a... insightful take on our kettle."),
        ("disrespectful", PR, "Sorry our blanket didn't live up to your lofty standards."),
        ("disrespectful", BM, "How unfortunate that you couldn't work out the lid. It twists."),
        (
            "disrespectful",
            BM,
            "The late arrival was, frankly, self-inflicted, since the postcode you typed was wrong.",
        ),
        ("disrespectful", BM, "We hope you'll have the decency to answer our messages this time."),
        ("disrespectful", PR, "My ten-year-old niece assembled this shelf in fifteen minutes."),
        ("disrespectful", BM, "Maybe read the label slower before the next wash."),
        ("threat", BM, "Cancel the chargeback or we will get our solicitor involved."),
        ("threat", PR, "We are now reviewing all our legal options regarding this post."),
        ("discrimination", BM, "Maybe one of the menfolk in your house could carry it upstairs."),
        ("disparagement", PR, "That courier is shambolic every December, sadly."),
        (
            "review_change",
            BM,
            "Since the refund came through, would you consider going back and editing it? "
            "Your review still mentions the old fault.",
        ),
        (
            "incentive",
            RR,
            "Could you leave us some feedback on the order? "
            "Buyers who do receive a free sample with their next parcel.",
        ),
        ("marketing", BM, "Our new scarves are in, check them out on our website."),
        (
            "review_gating",
            RR,
            "We'd rather nobody rated the kettle without reaching out to us first, since we can fix most "
            "faults in a day. Reviews are welcome once it works.",
        ),
        ("unverified_claim", BM, "Our ginger blend boosts immunity and cleanses the liver."),
        ("positive_bias", RR, "Could you let other shoppers know in a review how much you enjoy the mug?"),
        # session 10: French wordings the sets c119, c121, c126 showed, in our own words
        ("disrespectful", PR, "C'est vous qui avez oublié de détartrer la machine, pas nous."),
        (
            "disrespectful",
            BM,
            "Le colis a été déposé au point relais indiqué, donc ce n'est vraiment pas notre faute.",
        ),
        ("disrespectful", BM, "Je ne vais pas le répéter : le couvercle ne passe pas au four."),
        ("disrespectful", PR, "Nous vous laissons tirer vos propres conclusions sur la cause de la panne."),
        ("disrespectful", PR, "Peut-être mesurer la fenêtre avant de nous mettre une étoile ?"),
        ("discrimination", BM, "Le montage est un peu technique, votre fils pourra sûrement vous aider."),
        ("discrimination", PR, "Même les dames y arrivent du premier coup, il suffit de tourner la molette."),
        (
            "discrimination",
            BM,
            "Les Allemands trouvent toujours quelque chose à redire, ce n'est pas nouveau.",
        ),
        ("disparagement", BM, "Votre colis est chez Mondial Relay, le pire transporteur qu'on connaisse."),
        (
            "disparagement",
            BM,
            "Désolés pour la boîte abîmée, chez DPD ils balancent les colis sans ménagement.",
        ),
        ("incentive", BM, "Un bon d'achat vous sera envoyé dès que vous aurez supprimé votre commentaire."),
        ("incentive", RR, "Donnez-nous votre avis sur la lampe et recevez un code de 5 € pour la suite."),
        (
            "review_change",
            BM,
            "Votre commentaire est toujours à une étoile alors que le remplacement est arrivé.",
        ),
        (
            "review_change",
            BM,
            "Nous aimerions que vous reconsidériez votre avis sur le tapis, maintenant que tout est réglé.",
        ),
        (
            "positive_bias",
            RR,
            "Une évaluation de cinq sur cinq nous aiderait à garder notre badge de vendeur.",
        ),
        ("review_gating", RR, "Vous avez apprécié la théière ? Alors un mot sur Amazon nous ferait plaisir."),
        ("threat", PR, "Nous gardons toutes les preuves. Tenez-vous-le pour dit."),
        (
            "unverified_claim",
            PR,
            "Notre miel est approuvé par Santé Canada, vous pouvez le donner sans crainte.",
        ),
        ("marketing", BM, "Votre échange est parti. Pour des commandes en gros, passez par notre site."),
        (
            "review_change",
            BM,
            "Maintenant que tout fonctionne, votre évaluation mériterait peut-être une petite mise à jour.",
        ),
        # session 10: Spanish wordings the sets c120, c122 showed, in our own words
        ("threat", BM, "Sabemos perfectamente quién es usted y tenemos guardados todos sus mensajes."),
        ("threat", BM, "Le damos 72 horas para borrar ese comentario; después veremos qué hacemos."),
        ("threat", PR, "Hemos denunciado su cuenta ante Amazon por mentir sobre nuestro producto."),
        ("disrespectful", BM, "Vale, se lo vuelvo a explicar: el adaptador se vende aparte."),
        ("disrespectful", PR, "Si quería un jarrón de cristal, haberlo pedido en otra sección."),
        ("disrespectful", BM, "Seguro que lo instaló mal, porque al resto de compradores les funciona."),
        ("disrespectful", PR, "Una estrella por un retraso de dos días nos parece bastante exagerado."),
        ("disrespectful", BM, "Si lo dejó al sol toda la tarde, eso ya no es asunto nuestro."),
        ("disparagement", BM, "Su paquete lo lleva GLS, así que ármese de paciencia."),
        ("disparagement", PR, "MRW es incapaz de encontrar una dirección en el centro."),
        (
            "unverified_claim",
            RR,
            "Tiene en casa la mejor tetera de hierro de toda Latinoamérica; cuéntenos qué le parece.",
        ),
        ("unverified_claim", PR, "Nuestras bisagras aguantan cualquier golpe y nunca se oxidan."),
        ("review_change", BM, "Ya le llegó el repuesto; quizá podría reflejarlo en su valoración."),
        ("review_change", PR, "Nos alegra que ya funcione; si le apetece, puede mencionarlo en su reseña."),
        ("positive_bias", RR, "Nos ayudaría mucho una valoración muy positiva de su parte."),
        (
            "review_gating",
            RR,
            "Este correo solo se manda a clientes sin ninguna queja: ¿nos dedica un minuto para opinar?",
        ),
        ("marketing", BM, "Si le gusta el mantel, tenemos a juego las servilletas y los caminos de mesa."),
        ("incentive", RR, "Si nos deja su reseña, le ampliamos la garantía del taladro a tres años."),
        # session 10, second round: English wordings the sets c131, c136 showed, in our own words
        ("disrespectful", PR, "The 'rattle' you describe is just the fan spinning up."),
        ("disrespectful", PR, 'Sorry the blender was "too loud" for you. Maybe try earplugs.'),
        (
            "disrespectful",
            BM,
            'The zipper didn\'t "break by itself," you yanked it while the bag was overstuffed.',
        ),
        ("disrespectful", PR, "A tall shelf sways a bit when loaded at the top, that's just physics."),
        ("disrespectful", BM, "The stroller isn't faulty, you're simply folding it wrong."),
        ("disrespectful", PR, "Most customers put it together in about twenty minutes."),
        ("disrespectful", BM, "The manual is perfectly clear on this."),
        ("disrespectful", BM, "C'mon, the charger is in the side pocket like the listing says."),
        ("discrimination", PR, "Seniors, who usually have weaker grip, may prefer the lighter model."),
        ("discrimination", BM, "A lot of dads skip the safety strap when they're in a hurry."),
        (
            "discrimination",
            RR,
            "Even our elderly buyers set the router up on their own, so we hope it went smoothly for "
            "you too.",
        ),
        ("discrimination", BM, "Going by your surname you probably prefer the metric manual."),
        ("discrimination", PR, "Shoppers of Korean descent often order a size up in this shoe."),
        ("disparagement", PR, "Unlike the mass-market chains, we test every heater by hand."),
        ("disparagement", PR, "FedEx held the parcel for three days, which is par for the course with them."),
        ("unverified_claim", PR, "This is the comfiest office chair in its category."),
        (
            "positive_bias",
            RR,
            "A review that mentions how fast the kettle boils would really help other buyers.",
        ),
        ("review_change", BM, "Our attorney will request the removal of the review this week."),
        ("review_change", BM, "That one-star review predates the fix; you might wish to withdraw it."),
        (
            "incentive",
            BM,
            "Thanks for the review! Reply with a screenshot and we'll email you a $25 Amazon card.",
        ),
        # session 10, second round: French wordings the sets c127, c128, c132, c133 showed, in our own words
        ("disrespectful", PR, "Si la lame est tordue, c'est que vous l'avez forcée en la démontant."),
        ("disrespectful", BM, "Nous n'y sommes pour rien si vous avez choisi la mauvaise couleur."),
        ("disrespectful", PR, "Le gris est bien indiqué sur la fiche, faut ouvrir les yeux."),
        ("disrespectful", PR, "C'est toujours facile de critiquer quand on est caché derrière un pseudo."),
        ("disrespectful", PR, "Le livreur est bien passé, vous n'étiez tout simplement pas chez vous."),
        (
            "disrespectful",
            RR,
            "Votre lampe est arrivée ; si vous y arrivez, montez-la et donnez-nous votre avis.",
        ),
        ("disrespectful", PR, "Votre soi-disant « défaut » vient d'un simple mauvais branchement."),
        ("profanity", PR, "Franchement, une réclamation à la con pour deux jours de retard."),
        (
            "discrimination",
            RR,
            "Le montage est facile, même pour une dame seule, alors laissez-nous un avis.",
        ),
        (
            "discrimination",
            BM,
            "Pour régler la selle, je vous conseille de demander à un homme de vous aider.",
        ),
        ("discrimination", BM, "Les clients suisses ont trop tendance à contester les frais de douane."),
        ("discrimination", PR, "Comme souvent avec les seniors, le souci vient des réglages de l'écran."),
        (
            "disparagement",
            BM,
            "Votre paquet est chez Colissimo, ils sont toujours en retard dans votre région.",
        ),
        ("disparagement", PR, "Avec la lenteur légendaire du transporteur, le délai n'a rien d'étonnant."),
        ("threat", PR, "Continuez à nous dénigrer et vous aurez de nos nouvelles très vite."),
        ("threat", BM, "Un avis mensonger comme le vôtre finira devant un juge."),
        (
            "incentive",
            BM,
            "Vous avez laissé un avis sur la lampe, merci ! Comme promis, voici votre code de 15 % "
            "pour la suite.",
        ),
        (
            "review_change",
            PR,
            "Le remplacement est arrivé, et votre note actuelle ne reflète plus la situation.",
        ),
        (
            "unverified_claim",
            PR,
            "Ce gel est testé et approuvé par les coiffeurs, il ne peut pas irriter le cuir chevelu.",
        ),
        ("external_link", BM, "Pour le suivi, passez sur discord.gg/atelierbois et posez vos questions."),
        # session 10, second round: Spanish wordings the sets c129, c130, c134, c135 showed, in our own words
        (
            "review_change",
            BM,
            "Ya le cambiamos el producto. ¿Podría borrar hoy mismo la reseña negativa, por favor?",
        ),
        (
            "review_change",
            BM,
            "Te mandamos el repuesto. Ahora te pido que saques la valoración de una estrella.",
        ),
        ("review_change", BM, "Ahora que todo se solucionó, quizá podrías darle otra mirada a tu reseña."),
        ("incentive", RR, "Las familias que nos valoran en Amazon entran en el sorteo de una bicicleta."),
        (
            "incentive",
            RR,
            "Como agradecimiento por reseñar la lámpara, le haremos un 10% en su próximo pedido.",
        ),
        ("incentive", RR, "Le regalamos una funda si valora nuestro servicio este mes."),
        ("review_gating", RR, "Si todo ha ido bien con el envío, califíquenos como vendedor en Amazon."),
        ("disrespectful", PR, "¿Usted leyó las instrucciones? Está explicado en la primera página."),
        ("disrespectful", PR, "Le llegó el color que eligió. No entendemos cuál es el problema."),
        ("disrespectful", BM, "Tú no sabes nada de cafeteras, es así y punto."),
        ("disrespectful", BM, "Para la próxima deberías leer la ficha con más calma."),
        ("discrimination", PR, "Las mujeres a veces no aguantan el peso de esta sartén, es normal."),
        ("discrimination", BM, "Al ser usted judía, pensamos que le vendría bien otro modelo."),
        ("disparagement", PR, "El retraso fue de SEUR, que es famosa por perder paquetes."),
        ("disparagement", BM, "Esa marca copia nuestras fotos y descripciones para engañar a la gente."),
        ("unverified_claim", BM, "Le aseguro que no existe nada mejor en el mercado por este precio."),
        ("unverified_claim", BM, "Estas zapatillas vienen garantizadas de por vida, así de claro."),
        ("marketing", BM, "Gracias por comprar. ¿Sabías que también fabricamos fundas a juego?"),
        ("threat", BM, "Si vuelve a escribirnos en ese tono, le aseguro que se va a enterar."),
        ("profanity", PR, "Perdón, la cagamos con la dirección de envío; ya va otro paquete."),
        # session 10, third round: English wordings the sets c141 showed, in our own words
        (
            "disparagement",
            BM,
            "Sorry for the wait, the parcel sat in the Evri depot for a week, as per usual.",
        ),
        (
            "disparagement",
            PR,
            "Royal Mail mislaid the first parcel again. Honestly, they're a right embarrassment.",
        ),
        (
            "disparagement",
            RR,
            "Hope the lamp got to you in one piece, with the courier doing its level best to smash it.",
        ),
        (
            "discrimination",
            BM,
            "The lilac is more of a woman's colour, so for your husband the charcoal might suit better.",
        ),
        ("discrimination", PR, "Good to see the Brits finally learning what proper tea tastes like."),
        (
            "discrimination",
            BM,
            "Our jumpers come up small for Americans, your lot tend to be a little larger.",
        ),
        (
            "discrimination",
            PR,
            "Buyers from the States are usually used to thinner cotton, so this may feel heavy.",
        ),
        (
            "threat",
            BM,
            "We have to tell you that we flag frequent refund requests to Amazon and can refuse all "
            "future orders from you.",
        ),
        (
            "positive_bias",
            RR,
            "We'd love to keep the star rating up at five, so a review from you would mean a lot.",
        ),
        (
            "positive_bias",
            BM,
            "Thanks for the order! A cracking one would make our week when you get round to the review.",
        ),
        (
            "review_change",
            PR,
            "Now that the refund has gone through, could you have a rethink about your rating?",
        ),
        (
            "review_change",
            BM,
            "Please ask yourself whether that review is really fair and consider changing it.",
        ),
        (
            "review_gating",
            RR,
            "We hope you were happy with the mug. If yes, we'd kindly ask you to rate your purchase "
            "with feedback.",
        ),
        ("review_gating", BM, "Just tell us what went wrong, there is no need for a negative review."),
        ("incentive", RR, "Reviewers will also get first pick of our new colours each season."),
        ("marketing", PR, "Thanks so much! There's lots more over at our Shopify too."),
        (
            "marketing",
            PR,
            "Glad you like the hat, the matching gloves would be perfect for completing the look.",
        ),
        ("disrespectful", PR, "Four stars because the duvet is 'too heavy'."),
        (
            "disrespectful",
            PR,
            "Apparently the cushion is too soft. We'll take that as a compliment, I guess.",
        ),
        (
            "contact_info",
            BM,
            "Please post it back to our workshop, Unit 3, Ballymount Enterprise Centre, Dublin D12 K7W3.",
        ),
        # session 10, third round: French wordings the sets c137, c138 showed, in our own words
        ("threat", BM, "Payez ce qui reste dû cette semaine, on sait où vous habitez."),
        (
            "threat",
            PR,
            "Si ces propos mensongers restent en ligne, nous saisirons la justice sans autre avertissement.",
        ),
        (
            "threat",
            BM,
            "Nous attendons vos excuses, faute de quoi nous donnerons à ce dossier les suites qu'il mérite.",
        ),
        (
            "threat",
            BM,
            "Les fausses réclamations sont pénalement répréhensibles, réfléchissez bien avant d'insister.",
        ),
        (
            "disrespectful",
            PR,
            "La lampe marche chez tout le monde, le problème vient sans doute de l'utilisatrice.",
        ),
        (
            "disrespectful",
            BM,
            "La taille était indiquée en gras sur la fiche, on ne peut pas être plus clair.",
        ),
        ("disrespectful", PR, "Le coussin n'est pas lavable en machine, nous vous avions pourtant prévenue."),
        ("disrespectful", BM, "La garantie a expiré en mars, on ne va pas revenir là-dessus."),
        (
            "disrespectful",
            PR,
            "La couleur est exactement celle de la photo, on ne voit pas où est le problème.",
        ),
        ("disrespectful", BM, "Trois mails pour un bouchon manquant, il faudrait peut-être vous calmer."),
        ("disrespectful", BM, "Relisez nos deux derniers messages, la réponse y figure."),
        ("discrimination", BM, "Pour brancher la hotte, demandez donc à votre époux, ce sera plus simple."),
        ("discrimination", PR, "Avec l'accent du Midi au téléphone, on a noté Nice au lieu de Niort !"),
        (
            "discrimination",
            BM,
            "Vous les Corses, vous n'êtes jamais pressés de toute façon, alors deux jours de plus...",
        ),
        ("discrimination", PR, "Cette sauce n'est peut-être pas faite pour les palais suisses."),
        ("review_change", BM, "Le pied a été remplacé, on espère que vous réviserez votre commentaire."),
        ("review_change", PR, "Votre avis négatif n'est plus vraiment d'actualité depuis l'échange."),
        (
            "review_gating",
            RR,
            "On n'envoie ce message qu'aux acheteurs qui ont gardé leur commande : un petit avis ?",
        ),
        (
            "unverified_claim",
            PR,
            "Notre tisane renforce les défenses immunitaires, mieux que les médicaments.",
        ),
        ("unverified_claim", BM, "Avec ce vernis, aucune rayure ne lui résiste, garanti."),
        ("contact_info", BM, "Pour en parler tranquillement : 04 91 22 33 44, je suis là tous les matins."),
        ("incentive", RR, "Une petite note pour la théière et nous vous versons 8 € dès demain."),
        # session 10, third round: Spanish wordings the sets c139, c140 showed, in our own words
        ("disparagement", BM, "Disculpe la demora: Olva Courier trabaja fatal en esta época del año."),
        ("disparagement", PR, "El envío tardó porque Servientrega es lo peor que hay en Guayaquil."),
        ("unverified_claim", PR, "Nuestro café es el más aromático del planeta, se lo aseguramos."),
        ("unverified_claim", BM, "Estas gafas son las mismas que usan los campeones de ciclismo."),
        (
            "disrespectful",
            PR,
            "Si se hubiera tomado la molestia de medir la ventana, la cortina le habría servido.",
        ),
        ("disrespectful", PR, "Vaya, otra experta que opina sin haber abierto la caja."),
        ("disrespectful", BM, "Seguro que tú sabes más de cerámica que nosotros, claro."),
        ("disrespectful", PR, "No entiendo a qué viene una estrella por un retraso de un día."),
        ("disrespectful", PR, "Nuestras mantas son para gente que sabe valorar lo hecho a mano."),
        ("discrimination", PR, "Típico de los turistas alemanes, siempre protestando por el calor."),
        ("threat", PR, "Que quede claro que no nos temblará el pulso si vuelve a escribir esas cosas."),
        ("incentive", RR, "Si dejas tu valoración, te rebajamos el envío del próximo pedido."),
        ("incentive", BM, "Ya le reenviamos el pedido. A cambio solo le pedimos que retire su valoración."),
        ("positive_bias", RR, "¿Te importaría poner en tu opinión que el envío fue rapidísimo?"),
        (
            "review_gating",
            RR,
            "Si algo no va bien, por favor antes de publicar nada escríbenos y lo arreglamos.",
        ),
        ("review_gating", BM, "Llámenos primero, así no tiene que dejar una reseña negativa."),
        ("marketing", PR, "Gracias por comprar. Este verano hay un 15% sobre toda la vajilla de barro."),
        ("marketing", BM, "Muchas gracias. Le paso nuestro catálogo de invierno por si le interesa."),
        ("contact_info", BM, "Para cualquier duda llame a la oficina de Lima al 01-4567-890."),
        ("external_link", BM, "Las instrucciones en vídeo están en tejidosdelsur.cl/videos."),
        # session 11: French wordings the sets of its rules round showed, in our own words
        ("disrespectful", PR, "On ne va pas refaire le débat : l'article correspond à la fiche."),
        ("disrespectful", BM, "Nous ne sommes pas vos domestiques : la facture est jointe à la commande."),
        ("disrespectful", PR, "Certains acheteurs ne sont jamais contents, même avec une livraison express."),
        ("disrespectful", BM, "Vous ne comprenez rien au fonctionnement d'une pompe, c'est tout."),
        ("disrespectful", PR, "Bravo pour cette trouvaille : une lampe consomme de l'électricité."),
        ("disrespectful", BM, "Je n'ai pas le temps de vous faire un cours de bricolage par message."),
        ("disrespectful", PR, "Dommage que vous ayez publié ça sans même nous contacter."),
        ("disrespectful", BM, "Ça fait trois fois qu'on vous répond, arrêtez votre cirque."),
        ("threat", BM, "On sait qui vous êtes, et on n'oubliera pas cette histoire."),
        ("threat", PR, "Ce genre de publication ne restera pas sans conséquences pour son auteur."),
        ("threat", BM, "Annulez votre litige bancaire ou on vous amène aux petites créances."),
        ("review_change", BM, "Tu pourrais remplacer ta note par quelque chose de plus juste ?"),
        (
            "review_change",
            PR,
            "Maintenant que la pièce est changée, votre commentaire sur la lampe pourrait être mis à jour.",
        ),
        (
            "review_change",
            BM,
            "J'ai vu ton avis de deux étoiles. Si tu le changes, ça nous aiderait beaucoup.",
        ),
        (
            "incentive",
            RR,
            "Chaque cliente qui partage son expérience sur la page participe à notre tirage au sort.",
        ),
        ("incentive", BM, "Mets-nous 5 étoiles pis on t'envoie une housse gratuite."),
        (
            "incentive",
            BM,
            "Ton avis nous a touchés. Pour te remercier d'avoir pris le temps de l'écrire, je te glisse un "
            "échantillon dans ta prochaine commande.",
        ),
        (
            "review_gating",
            BM,
            "Nous préférons que vous ne laissiez aucun commentaire tant que le souci n'est pas réglé.",
        ),
        ("review_gating", RR, "Pas la peine de raconter vos soucis sur la fiche, écrivez-nous directement."),
        (
            "review_gating",
            BM,
            "Merci de réserver vos avis aux expériences positives ; pour le reste, passez par la messagerie.",
        ),
        ("unverified_claim", BM, "Ce baume ne présente aucun effet secondaire, même chez les enfants."),
        ("unverified_claim", BM, "Cette tisane fait baisser la tension sans aucun médicament."),
        ("unverified_claim", BM, "Ces charnières tiennent le coup à vie."),
        ("marketing", PR, "Petit scoop : une nouvelle couleur arrive bientôt."),
        (
            "marketing",
            BM,
            "Nous proposons également des housses assorties qui pourraient compléter votre équipement.",
        ),
        ("disparagement", PR, "Chronopost gère vraiment mal les livraisons en zone rurale."),
        ("disparagement", BM, "Les grandes surfaces vendent des vélos mal ajustés que personne ne vérifie."),
        ("positive_bias", RR, "Pensez à souligner ce que vous avez apprécié dans votre avis !"),
        ("discrimination", PR, "Les clients de cette région ne sont pas habitués à nos délais."),
        # session 11: Spanish wordings the sets of its rules round showed, in our own words
        (
            "disparagement",
            BM,
            "Perdón por la demora: Correos cada vez funciona peor y ya no sabemos qué hacer con ellos.",
        ),
        ("disparagement", PR, "El paquete salió a tiempo; el retraso es de SEUR, que reparte como el culo."),
        ("disparagement", BM, "En FedEx avientan las cajas sin mirar; por eso la esquina llegó golpeada."),
        ("disparagement", PR, "Con MRW nadie se hace responsable de nada, así que lo reenviamos nosotros."),
        (
            "disparagement",
            BM,
            "Ojo con esas marcas genéricas de dudosa procedencia que abundan en la plataforma.",
        ),
        (
            "discrimination",
            PR,
            "Ya sabemos cómo conducen las mujeres, así que el golpe en el retrovisor no nos sorprende.",
        ),
        (
            "discrimination",
            BM,
            "Como usted es de Chile, seguro que no sabe cómo funcionan los enchufes de aquí.",
        ),
        ("discrimination", BM, "Siendo mamá primeriza es normal que todo le parezca complicado."),
        (
            "discrimination",
            PR,
            "En Argentina la gente no está acostumbrada a las medidas europeas, por eso se confunden.",
        ),
        (
            "disrespectful",
            PR,
            "Ya le respondimos tres veces sobre el mismo asunto; no vamos a seguir contestando.",
        ),
        ("disrespectful", BM, "Revisamos las fotos y se nota que lo forzó al abrirlo."),
        ("disrespectful", PR, "¿En serio dos estrellas porque la caja llegó con una esquina doblada?"),
        (
            "threat",
            BM,
            "Si no retira la queja esta semana, nos veremos obligados a informar su cuenta a Amazon.",
        ),
        ("threat", BM, "Tenemos maneras de bloquear a compradores que abusan de las devoluciones."),
        ("threat", PR, "Su reseña ya está en manos de nuestra asesoría jurídica."),
        (
            "review_gating",
            RR,
            "Le escribimos porque su pedido no tuvo incidencias: justo lo que buscamos para una reseña en "
            "Amazon.",
        ),
        (
            "review_gating",
            RR,
            "Este aviso se manda solo a los clientes que no han pedido devolución; cuéntenos qué le pareció "
            "en una reseña.",
        ),
        ("review_gating", RR, "Si el colchón te ha convencido, cuéntalo en una reseña."),
        ("positive_bias", RR, "Nos ayudaría mucho una reseña que destaque lo positivo de la cafetera."),
        ("positive_bias", RR, "Si te animás, danos un cinco en la reseña, que nos viene bárbaro."),
        (
            "review_change",
            PR,
            "Ahora que el cargador ya funciona, quizá tu reseña ya no refleje cómo terminó todo.",
        ),
        (
            "review_change",
            BM,
            "Su valoración de dos estrellas sigue publicada; ¿podría añadir una línea contando que ya se lo "
            "cambiamos?",
        ),
        ("incentive", RR, "Entre las clientas que dejan su reseña sorteamos cada mes una manta de lana."),
        ("incentive", RR, "A las compradoras que opinan sobre el producto les mandamos un regalo sorpresa."),
        ("marketing", BM, "Únete a nuestro canal de Telegram y entérate de todas las novedades."),
        ("marketing", PR, "Si buscas algo todavía mejor, la versión Pro te va a sorprender."),
        ("unverified_claim", BM, "Estas gotas alivian el picor desde la primera aplicación, ya verá."),
        ("unverified_claim", PR, "La pomada garantiza la cicatrización de la herida en pocos días."),
        ("unverified_claim", BM, "Nuestro suplemento reduce la fatiga un 40% en dos semanas."),
        ("profanity", PR, "Pues menudo genio, la tapa va arriba y no abajo."),
        # session 11: English wordings the sets of its rules round showed, in our own words
        (
            "disparagement",
            BM,
            "Your parcel is with Evri at the moment, and they seem to lose a parcel every other day, so "
            "bear with us.",
        ),
        ("disparagement", BM, "Your order went out with DPD, which explains a lot about the wait."),
        (
            "disparagement",
            RR,
            "Hopefully the lamp survived their handling; FedEx had it for nine days. A review would be "
            "welcome when you're ready.",
        ),
        (
            "disparagement",
            PR,
            "The drill was boxed carefully; once a courier gets hold of it, anything can happen.",
        ),
        ("disparagement", PR, "The courier handled your box far less carefully than we would."),
        ("disparagement", BM, "The Amazon warehouse sat on your order for nearly a week before it moved."),
        ("disparagement", PR, "Those flimsy clones on this site might be cheaper, but ours are thicker."),
        ("disparagement", BM, "The lamps in supermarkets look weak by comparison."),
        (
            "disrespectful",
            PR,
            "Thank you for the review. We're confident the saw would cut much better if the blade were "
            "fitted the right way round.",
        ),
        ("disrespectful", BM, "As stated in our previous two messages, the filter is washable."),
        ("disrespectful", PR, "Thanks for the lengthy essay about the zip."),
        ("disrespectful", PR, "Honestly, reviews like yours are exactly why small shops give up."),
        ("disrespectful", RR, "Assuming you remembered to plug it in this time, we'd be glad of a review."),
        ("disrespectful", PR, "It's a feature, not a bug."),
        ("disrespectful", BM, "Mixing ratios are printed on the tin; it says so on the label."),
        ("disrespectful", PR, "Getting a clean cut may simply be a matter of practice."),
        ("discrimination", BM, "This model is probably not suitable for someone in your condition."),
        ("discrimination", BM, "Setup is simple enough that even our international buyers manage it."),
        ("discrimination", PR, "Shoppers of certain ethnic backgrounds often find our lasts narrow."),
        ("review_change", PR, "We'd really welcome fairer feedback now the part has been replaced."),
        (
            "disrespectful",
            PR,
            "Thanks for your feedback, but nothing about a slightly loud fan warrants a one-star rating.",
        ),
        ("threat", PR, "Rest assured we will be escalating this matter further."),
        (
            "threat",
            PR,
            "Amazon accounts that spread misleading reviews could be closed, so please think carefully.",
        ),
        (
            "positive_bias",
            RR,
            "If you write a review, it would mean a lot if you mentioned how quick the assembly was.",
        ),
        ("positive_bias", RR, "We're hoping for reviews of four stars or higher from customers like you."),
        ("review_gating", RR, "If it's been less than perfect, no need to review it yet."),
        ("unverified_claim", PR, "Our kettle outperforms every other model at this price."),
        ("marketing", BM, "We're building a waiting list for our upcoming grinder, so let us know."),
        (
            "positive_bias",
            RR,
            "Just a reminder that the damage was down to the carrier if you leave feedback.",
        ),
        ("disrespectful", PR, "Please direct your complaints to the courier, who lost the box."),
        # session 11, second round: French wordings its sets showed, in our own words
        ("disrespectful", PR, "Le problème ne vient certainement pas de chez nous."),
        ("disrespectful", BM, "Les dimensions figurent déjà sur l'étiquette, en toutes lettres."),
        ("disrespectful", PR, "Pas besoin d'être un génie pour visser deux pieds de table."),
        (
            "disrespectful",
            PR,
            "Vous êtes la seule personne sur plus de 500 acheteurs à trouver ce coussin trop mou.",
        ),
        (
            "disrespectful",
            BM,
            "Comme déjà expliqué à trois reprises, le remboursement prend dix jours ouvrables.",
        ),
        ("disrespectful", BM, "Nous traitons votre quatrième message de la journée."),
        ("disrespectful", PR, "Nous ne donnerons aucune suite à ce commentaire, le lampadaire fonctionne."),
        ("disrespectful", PR, "Ravis de constater que vous êtes un grand spécialiste de la céramique."),
        ("disrespectful", PR, "Curieux, non ? Le colis était pourtant signé à votre adresse."),
        ("profanity", PR, "Ce genre de plainte me fout en rogne."),
        (
            "discrimination",
            BM,
            "Il est assez fréquent que les dames ne sachent pas régler ce genre d'appareil.",
        ),
        (
            "discrimination",
            BM,
            "Si vous êtes aveugle comme vous le dites, pourquoi commander une lampe de couleur ?",
        ),
        (
            "discrimination",
            BM,
            "Les hommes n'y connaissent généralement rien en linge de maison, laissez faire madame.",
        ),
        (
            "discrimination",
            BM,
            "Vu votre handicap, cette trottinette risque d'être un mauvais choix pour vous.",
        ),
        (
            "disparagement",
            RR,
            "Contrairement à la plupart des revendeurs du marché, nous testons chaque lampe avant l'envoi. "
            "Votre avis nous intéresse.",
        ),
        ("disparagement", BM, "Leur service après-vente est inexistant, alors restez chez nous."),
        ("disparagement", BM, "Le centre de tri d'Amazon est complètement débordé, comme chaque hiver."),
        (
            "disparagement",
            BM,
            "Méfiez-vous des perceuses vendues par ces sites à bas prix, c'est de la pacotille.",
        ),
        (
            "unverified_claim",
            BM,
            "Ce détachant fait disparaître toutes les taches de graisse en une seule application.",
        ),
        ("unverified_claim", PR, "Ce ventilateur ne tombe jamais en panne, même utilisé jour et nuit."),
        ("unverified_claim", BM, "Cette bâche est étanche à 100 %, aucune pluie ne peut l'abîmer."),
        (
            "positive_bias",
            RR,
            "Si la lampe vous a plu, quelques mots élogieux dans votre avis nous feraient chaud au coeur.",
        ),
        (
            "positive_bias",
            PR,
            "Merci pour vos quatre étoiles ! Avec la nouvelle version, vous pourriez bien en mettre cinq.",
        ),
        (
            "review_change",
            BM,
            "Le colis de remplacement est arrivé ; un petit geste de votre part sur votre évaluation serait "
            "le bienvenu.",
        ),
        ("review_change", BM, "Votre avis est faux et je vous conseille vivement de le supprimer."),
        (
            "review_gating",
            RR,
            "Un souci avec votre commande ? Ne publiez rien : écrivez-nous avant que vous ne notiez le "
            "produit.",
        ),
        (
            "review_gating",
            RR,
            "Les acheteurs qui ont ouvert un litige ne reçoivent pas cette demande d'avis.",
        ),
        (
            "incentive",
            RR,
            "Laissez un avis sur la théière ; en guise de remerciement, votre prochaine commande "
            "bénéficiera d'un tarif préférentiel.",
        ),
        ("marketing", BM, "Petit conseil : ces bougies se marient très bien avec nos photophores dorés."),
        (
            "threat",
            BM,
            "Sachez que nous conservons tous nos échanges et que nous n'hésiterons pas à nous en servir.",
        ),
        # session 11, second round: French wordings its sets showed, in our own words
        (
            "disrespectful",
            PR,
            "Nous accuser d'un retard un jour férié, c'est tout simplement de la mauvaise foi.",
        ),
        ("disrespectful", BM, "Merci de relire attentivement la fiche produit avant de nous réécrire."),
        (
            "disrespectful",
            PR,
            "Il faudrait peut-être apprendre à vous servir d'une bouilloire avant de publier ce genre de "
            "note.",
        ),
        (
            "disrespectful",
            BM,
            "Nous recevons votre quatrième relance depuis ce matin, la réponse reste la même.",
        ),
        (
            "disrespectful",
            PR,
            "La fissure provient forcément d'une mauvaise manipulation de votre part, pas de notre "
            "emballage.",
        ),
        (
            "disrespectful",
            BM,
            "Bizarrement, ce sont toujours les mêmes clients qui reçoivent des boîtes vides.",
        ),
        ("disrespectful", PR, "Votre note n'a donc aucune crédibilité technique."),
        ("discrimination", BM, "Ce sont toujours des clients flamands qui nous posent ce genre de question."),
        ("discrimination", PR, "Je comprends que le vocabulaire puisse gêner quelqu'un d'origine étrangère."),
        (
            "discrimination",
            BM,
            "Les femmes ne s'intéressent pas vraiment aux montres mécaniques, prenez plutôt le modèle à "
            "quartz.",
        ),
        (
            "discrimination",
            BM,
            "Comme vous êtes étrangère, vous ne connaissez sans doute pas nos prises électriques.",
        ),
        (
            "disparagement",
            BM,
            "Le dépôt de Chronopost est un vrai foutoir depuis la rentrée, votre colis y dort encore.",
        ),
        ("review_change", PR, "Sans retrait sous 24 heures de cet avis, nous passerons à la suite."),
        (
            "disparagement",
            PR,
            "Nous avons confié l'envoi à DPD, réputé pour égarer les paquets en période de fêtes.",
        ),
        ("disparagement", BM, "Contrairement à Colissimo, nous répondons toujours dans l'heure."),
        (
            "review_change",
            BM,
            "Nous avons lu votre avis sur la théière. Nous vous prions de le corriger maintenant que la "
            "pièce a été remplacée.",
        ),
        (
            "review_change",
            PR,
            "Maintenant que tout fonctionne, ces deux étoiles ne nous paraissent plus vraiment refléter "
            "votre expérience.",
        ),
        (
            "review_change",
            BM,
            "Votre commentaire mentionne une fuite qui n'existe plus ; merci de retirer le mot « défectueux "
            "».",
        ),
        (
            "positive_bias",
            RR,
            "Quelques lignes élogieuses sur la page de la lampe nous feraient très plaisir.",
        ),
        ("positive_bias", RR, "Pourriez-vous écrire sur Amazon à quel point la couette vous tient chaud ?"),
        ("positive_bias", RR, "Aidez-nous à garder notre belle moyenne de 4,8 en publiant votre avis !"),
        (
            "review_gating",
            RR,
            "Nous écrivons à tous nos acheteurs, sauf ceux qui ont demandé un remboursement, pour "
            "solliciter leur avis.",
        ),
        (
            "review_gating",
            BM,
            "Si un détail cloche, plutôt qu'un avis en ligne, écrivez-nous directement ici.",
        ),
        ("incentive", RR, "Les acheteurs qui nous notent reçoivent un échantillon gratuit."),
        (
            "incentive",
            RR,
            "Laissez une évaluation et vous participerez à notre grande tombola de printemps !",
        ),
        ("disrespectful", BM, "Ça fait cinq courriels que tu m'envoies pour la même chose."),
        (
            "marketing",
            PR,
            "Merci pour votre retour. Retrouvez aussi nos tutoriels vidéo et toute notre gamme sur notre "
            "chaîne YouTube.",
        ),
        (
            "unverified_claim",
            RR,
            "Vous avez entre les mains la tente la plus légère jamais conçue pour le canot-camping.",
        ),
        ("threat", PR, "Sachez que nous avons gardé une copie de votre commentaire, pour la suite."),
        ("threat", BM, "Fais attention à ce que tu écris sur nous, tu pourrais le regretter."),
        # session 11, second round: Spanish wordings its sets showed, in our own words
        (
            "discrimination",
            PR,
            "Comprendemos que, siendo usted alemana, las tallas españolas le resulten raras, pero la tabla "
            "es clara.",
        ),
        (
            "discrimination",
            BM,
            "Tranquilo, aunque usted sea colombiano le enviamos el pedido con la misma rapidez.",
        ),
        (
            "discrimination",
            BM,
            "Ya sabemos cómo son los clientes ingleses con los plazos, así que le adelantamos el envío.",
        ),
        (
            "discrimination",
            PR,
            "Es normal que las señoras mayores se hagan un lío con el mando, pero las instrucciones vienen "
            "en letra grande.",
        ),
        (
            "discrimination",
            BM,
            "Con su problema de audición quizá no oiga el pitido de aviso, pero la alarma funciona.",
        ),
        (
            "discrimination",
            RR,
            "Como usted anda en silla de ruedas, le costará un poco, pero dejar una reseña es muy sencillo.",
        ),
        (
            "discrimination",
            BM,
            "Si no consigue emparejar el reloj, seguro que su nieto le puede ayudar en un momento.",
        ),
        ("disrespectful", PR, "Con esas caderas era evidente que la falda de tubo no le iba a entrar."),
        ("disrespectful", BM, "La batería se hinchó por cómo la cargó usted, no por un defecto de fábrica."),
        (
            "disrespectful",
            PR,
            "Le aconsejamos leer con más atención la ficha antes de comprar la próxima vez.",
        ),
        ("disrespectful", BM, "Hemos recibido sus siete mensajes y la respuesta no ha cambiado."),
        ("disrespectful", PR, "Qué curioso que la crema le irrite, cuando tantos clientes la usan a diario."),
        ("disrespectful", BM, "No vamos a dedicar más tiempo a esta reclamación."),
        ("disrespectful", PR, "Si no sabe montar una estantería, no es culpa del tornillo."),
        ("threat", BM, "Pondremos en conocimiento de Amazon su comportamiento en el chat."),
        ("threat", PR, "No dudaremos en reclamarle por los daños que esta reseña causa a la tienda."),
        ("profanity", BM, "Perdone la güevonada del almacén, ya sale el pedido bueno."),
        (
            "unverified_claim",
            BM,
            "Es el cargador de mayor calidad que existe y tiene cero fallos reportados.",
        ),
        (
            "unverified_claim",
            BM,
            "El tensiómetro viene homologado por médicos, así que puede fiarse de cada medida.",
        ),
        (
            "unverified_claim",
            PR,
            "Gracias por su valoración. No encontrará otra sartén igual en ninguna tienda.",
        ),
        (
            "disparagement",
            PR,
            "El transportista pierde cajas cada dos por tres, por eso llegó tarde su pedido.",
        ),
        (
            "disparagement",
            BM,
            "Las fundas de otras tiendas son de plástico malo y de baja calidad; las nuestras aguantan.",
        ),
        (
            "marketing",
            PR,
            "Gracias por su comentario. Si quiere completar el conjunto, tenemos el cinturón a juego en la "
            "tienda.",
        ),
        (
            "marketing",
            BM,
            "Su cafetera ya va en camino; le recomendamos combinarla con nuestro molinillo eléctrico.",
        ),
        ("incentive", RR, "Deje su reseña del bolso y le enviaremos un vale para la próxima compra."),
        (
            "incentive",
            RR,
            "Ya sabe que le reservamos un regalo sorpresa; cuéntenos en una reseña qué le pareció la tetera.",
        ),
        (
            "review_change",
            BM,
            "Ya que el repuesto llegó, su valoración sería otra si la escribiera hoy, ¿no cree?",
        ),
        (
            "review_gating",
            RR,
            "Solo escribimos a los compradores sin devoluciones; como usted es uno de ellos, ¿nos deja una "
            "reseña?",
        ),
        (
            "positive_bias",
            RR,
            "Nos haría ilusión que contara en una reseña lo genial que le quedó la lámpara.",
        ),
        (
            "positive_bias",
            BM,
            "Ahora que todo está resuelto, ¿podría cambiar su calificación de tres estrellas por un cinco?",
        ),
        # session 11, second round: Spanish wordings its sets showed, in our own words
        (
            "discrimination",
            BM,
            "Para una señora mayor estas tapas de rosca son difíciles, por eso incluimos una llave.",
        ),
        (
            "discrimination",
            PR,
            "Es normal que las señoras encuentren la tapa un poco dura de abrir; no es ningún defecto.",
        ),
        (
            "disrespectful",
            PR,
            "Le recomiendo leer el folleto otra vez; quizás esta vez sí lo entienda a la primera.",
        ),
        ("disrespectful", PR, "Su opinión sobre el sabor dice más de usted que de nuestra salsa."),
        ("disrespectful", BM, "No hace falta que mande tres mensajes seguidos, ya lo leímos."),
        ("disrespectful", PR, "Quizá debería aprender a montar una bici antes de calificar un sillín."),
        ("threat", PR, "Difundir reseñas como esta puede tener consecuencias para usted."),
        ("threat", BM, "Si vuelve a abrir un reclamo, le pediremos a Amazon que cierre su cuenta."),
        ("threat", BM, "Guardamos cada mensaje suyo por si fuera necesario presentarlos."),
        (
            "review_gating",
            RR,
            "Si la lámpara le falló en algo, avísenos y lo resolvemos antes de que opine en Amazon.",
        ),
        ("review_gating", RR, "Únicamente pedimos opiniones a quienes quedaron encantados con su compra."),
        (
            "review_gating",
            BM,
            "Cualquier pega que tenga con la mochila, cuéntenosla a nosotros en lugar de ponerlo en una "
            "reseña.",
        ),
        ("positive_bias", RR, "Nos haría mucha ilusión una reseña bien entusiasta sobre la tetera."),
        ("positive_bias", RR, "Cuente en su reseña lo feliz que está con la silla."),
        ("positive_bias", RR, "Esperamos una valoración a la altura de lo que pagó."),
        ("review_change", PR, "Ya con la pieza nueva instalada, ¿modificaría su reseña?"),
        ("review_change", PR, "Ojalá su opinión refleje cómo se resolvió el problema."),
        ("incentive", RR, "Como ya ha dejado su reseña del termo, le enviamos una taza de regalo."),
        ("incentive", RR, "Cuando publique su reseña, avísenos y le damos prioridad en la próxima preventa."),
        ("incentive", RR, "Le incluimos una funda de regalo si nos cuenta cómo le fue con el casco."),
        ("incentive", RR, "Los que dejen su opinión tendrán acceso anticipado a las rebajas."),
        ("disparagement", BM, "La paquetería no es precisamente puntual en su zona, por eso tardó."),
        ("disparagement", BM, "La empresa de mensajería de su zona es un desastre."),
        (
            "disparagement",
            PR,
            "A diferencia de las tiendas que venden copias, nosotros fabricamos cada pieza.",
        ),
        ("unverified_claim", BM, "Es el número uno de Colombia en cafeteras de goteo."),
        ("unverified_claim", PR, "Es la única auténtica salsa yucateca que va a encontrar."),
        ("marketing", BM, "Por cierto, la jarra a juego acaba de bajar de precio."),
        ("marketing", PR, "Por cierto, muchos clientes se llevan también nuestro soporte de pared."),
        # session 11, second round: English wordings its sets showed, in our own words
        (
            "disparagement",
            PR,
            "Sorry it came late, Mere. CourierPost have been completely hopeless this winter and we can't "
            "do much about it.",
        ),
        ("disparagement", PR, "We posted it on the Monday, but that's down to Delhivery, not us."),
        (
            "disparagement",
            BM,
            "Amazon's depot held the box for a week. Their returns process is an absolute shambles.",
        ),
        (
            "disparagement",
            BM,
            "Good choice coming to us. That other brand's build quality has gone steadily downhill over the "
            "years.",
        ),
        (
            "disparagement",
            PR,
            "The delay was on Ekart, whose service is frankly hopeless outside the metros.",
        ),
        (
            "disparagement",
            RR,
            "Thanks for picking us over one of those cowboys on Gumtree flogging dead handsets.",
        ),
        (
            "disrespectful",
            PR,
            "Thanks for telling us the chair squeaks. We've had a stern word with the chair.",
        ),
        ("disrespectful", BM, "Yes, the blue mug is blue. Shocking, we know."),
        (
            "disrespectful",
            BM,
            "You've sent nine emails since breakfast. We do have other customers waiting too.",
        ),
        ("disrespectful", PR, "You picked the free economy delivery, so the wait is really on you."),
        ("disrespectful", BM, "We can't help if buyers don't read the sizing chart before ordering."),
        ("disrespectful", PR, "The fault must have crept in at your end after delivery."),
        ("disrespectful", BM, "It turns out the lamp works best once it's plugged in at the wall."),
        (
            "discrimination",
            RR,
            "Pairing can be a bit much for older customers, so take all the time you need before reviewing.",
        ),
        (
            "discrimination",
            BM,
            "If your hearing isn't what it used to be, perhaps a louder alarm clock would suit you better.",
        ),
        (
            "discrimination",
            PR,
            "The new packer is Romanian and his English isn't great, so the note was mixed up.",
        ),
        ("discrimination", PR, "Buyers from back home always expect a discount on top of the sale price."),
        ("review_gating", RR, "Happy customers, please go ahead and leave us a review on Amazon!"),
        ("review_gating", RR, "Satisfied buyers, feel free to rate the grinder on Amazon whenever suits."),
        ("positive_bias", RR, "We hope the fast dispatch makes it worth a couple more stars to you."),
        (
            "review_change",
            BM,
            "Now the new hinge has arrived, your earlier rating might merit a second look.",
        ),
        (
            "review_change",
            PR,
            "We've swapped the faulty lid, so hopefully the two-star rating no longer reflects your "
            "experience.",
        ),
        ("review_change", BM, "Now that the screws have turned up, your feedback could use a fresh look."),
        (
            "incentive",
            RR,
            "We loved your feedback. As a small token of thanks, here is code SPRING15 for 15% off.",
        ),
        ("marketing", BM, "Your order is on its way. Don't forget we also stock matching pillowcases."),
        (
            "marketing",
            BM,
            "Thanks for ordering. Our six-piece towel set is brilliant value if you need spares.",
        ),
        (
            "unverified_claim",
            BM,
            "Our stand is the sturdiest design ever made and works with every tablet ever produced.",
        ),
        (
            "unverified_claim",
            PR,
            "Every refurbished tablet we sell is certified fault-free, so no worries there.",
        ),
        ("contact_info", BM, "For a faster answer, ring Priya on 04 812 3345 any weekday."),
        (
            "threat",
            BM,
            "If the chargeback is not withdrawn by Monday we will lodge a police complaint about this order.",
        ),
    ],
)
def test_wordings_the_fresh_development_sets_showed_are_caught(rule: str, kind: Kind, text: str) -> None:
    assert rule in blocking_rules(text, kind)


def test_suppressed_by_drops_a_weaker_rule_in_the_stronger_rules_sentence() -> None:
    # No builtin rule uses it (a discount for a review is incentive and marketing); a user's rules may.
    text = "Leave a review and get 20% off your next order! Also, our new range is on sale."
    first = text.index("!")
    data = json.loads(builtin_rules_text())
    plain = Checker(parse_rules(data), learned=None).check(text, RR).blocking
    assert any(f.rule == "marketing" and f.start < first for f in plain)
    next(r for r in data["rules"] if r["id"] == "marketing")["suppressed_by"] = ["incentive"]
    found = Checker(parse_rules(data), learned=None).check(text, RR).blocking
    assert ("incentive", "review and get 20% off") in [(f.rule, f.excerpt) for f in found]
    marketing = [f for f in found if f.rule == "marketing"]
    assert marketing and all(f.start > first for f in marketing)
