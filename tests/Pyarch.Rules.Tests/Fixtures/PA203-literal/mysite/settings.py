SECRET_KEY = "q7#Lm2@vX9!pR4$tZ8&nB1*cW6^yH3%jK5(dF0)gS2-aE7+uJ4=iO9~eT1?hN6;bM"  # expect: PA203 "written in the code (sha256:"
